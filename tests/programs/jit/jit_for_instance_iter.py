# python2
# A merge point inside a for loop over an instance with __iter__/next (docs/JIT.md 4.1): the loop
# becomes a while loop that calls next() inside a try catching StopIteration, with the iterator
# and a flag carried as reds. Before session 18 the JIT refused it ("a for loop over an
# instance's iterator"). Also: __iter__ returning another object, break/else, continue, a
# StopIteration raised by a function next() calls (ends the loop, as in Python), one raised by
# the body (not caught by the loop: it leaves the function), another exception from next().
import sys
from rpython.rlib.jit import JitDriver

d1 = JitDriver(greens=[], reds="auto")
d2 = JitDriver(greens=[], reds="auto")
d3 = JitDriver(greens=[], reds="auto")


class Countdown(object):
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def next(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Bad(Exception):
    pass


def check(x, limit):
    if x == limit:
        raise StopIteration
    if x == -7:
        raise Bad()
    return x * 3


class Walker(object):
    def __init__(self, items, limit):
        self.items = items
        self.i = 0
        self.limit = limit

    def next(self):
        if self.i >= len(self.items):
            raise StopIteration
        x = self.items[self.i]
        self.i += 1
        return check(x, self.limit)


class Items(object):
    def __init__(self, items, limit):
        self.items = items
        self.limit = limit

    def __iter__(self):
        return Walker(self.items, self.limit)


def total(n):
    acc = 0
    for x in Countdown(n):
        d1.jit_merge_point()
        if x % 3 == 0:
            continue
        acc += x
    return acc


def search(items, limit, stop):
    acc = 0
    for x in Items(items, limit):
        d2.jit_merge_point()
        if x == stop:
            break
        acc = acc * 7 % 100003 + x
    else:
        acc = -acc
    return acc


def body_raises(n):
    acc = 0
    for x in Countdown(n):
        d3.jit_merge_point()
        acc += x
        if x == 5:
            raise StopIteration
    return acc


def entry_point(argv):
    print total(3000)
    print total(0)
    items = [i % 50 for i in range(2000)]
    print search(items, 1000, 3 * 49)
    print search(items, 1000, -1)
    print search(items, 42, -1)
    try:
        print search(items + [-7], 1000, -1)
    except Bad:
        print "Bad"
    try:
        print body_raises(2000)
    except StopIteration:
        print "StopIteration from the body"
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
