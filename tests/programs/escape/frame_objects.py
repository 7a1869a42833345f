# Instances that never leave the function that creates them (rpy keeps them in its frame):
# each must still behave as a fresh object every time its creation runs -- class-level defaults
# restored, fields independent across recursion, heap data they hold kept alive by the
# collector -- and a call through a method family where one override lets self escape must
# keep its instance on the heap.
from __future__ import print_function
class Acc(object):
    count = 0          # class-level default, shadowed per instance
    label = "acc"

    def __init__(self, start):
        self.total = start
        self.items = []

    def add(self, x):
        self.count += 1
        self.total += x
        self.items.append(x)

    def describe(self):
        return "%s: total=%d count=%d items=%d" % (self.label, self.total, self.count, len(self.items))


class Walker(object):
    def __init__(self):
        self.pos = 0
        self.seen = 0

    def step(self):
        self.pos += 1
        self.seen += self.pos


def loop_fresh_each_time(n):
    out = []
    for i in range(n):
        a = Acc(i)
        a.add(i)
        a.add(1)
        out.append(a.describe())   # a string: the instance itself does not escape
    return out


def depth(n):
    # every recursion level owns its own Walker
    w = Walker()
    for i in range(n):
        w.step()
    if n > 0:
        inner = depth(n - 1)
        return w.seen * 1000 + inner % 1000
    return w.seen


def gc_pressure(n):
    # The only reference to the list is the frame object's field while lots of garbage is made.
    a = Acc(0)
    for i in range(n):
        a.add(i)
        junk = [str(j) * 3 for j in range(50)]
        if len(junk) != 50:
            return -1
    s = 0
    for x in a.items:
        s += x
    return s


class Shape(object):
    def __init__(self, w):
        self.w = w

    def area(self):
        return self.w * self.w


class Square(Shape):
    pass


class Leaky(Shape):
    def area(self):
        LEAKED.append(self)
        return self.w


LEAKED = []


def through_family(n):
    total = 0
    for i in range(n):
        if i % 2:
            s = Leaky(i)
        else:
            s = Square(i)
        total += s.area()
    return total


def handled_error(n):
    w = Walker()
    try:
        for i in range(n):
            w.step()
            if w.pos == 3:
                raise ValueError("stop at %d" % w.pos)
    except ValueError as e:
        return "%s after seen=%d" % (e, w.seen)
    return "no error"


def two_sites(flag):
    if flag:
        w = Walker()
        w.step()
    else:
        w = Walker()
        w.step()
        w.step()
    return w.seen


def main():
    for line in loop_fresh_each_time(3):
        print(line)
    print(depth(4))
    print(gc_pressure(5000))
    print(through_family(6))
    print([x.w for x in LEAKED])
    print(handled_error(10))
    print(two_sites(True))
    print(two_sites(False))
    print("done")
    return 0


def entry_point(argv):
    return main()


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point([])
