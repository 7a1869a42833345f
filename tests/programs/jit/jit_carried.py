# Virtual state across the back edge (docs/JIT.md 11.3): boxes a loop allocates in one iteration
# and reads in the next are carried through the loop's label as their fields, never allocated,
# unless they escape. Guards fail with such a box live (the resume must build it from the fields
# the label received), a box escapes into a list every few iterations (the loop then needs the
# object: bridges), a box holds another box, boxes are compared by identity, and a float box and an
# int box travel together.
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver


class W_Int(object):
    def __init__(self, v):
        self.v = v


class W_Float(object):
    def __init__(self, f):
        self.f = f


class Pair(object):
    def __init__(self, head, count):
        self.head = head
        self.count = count


driver = JitDriver(greens=[], reds=["i", "n", "acc", "fl", "seen"])


def run(n):
    acc = W_Int(0)
    fl = W_Float(1.0)
    seen = []
    i = 0
    while i < n:
        driver.jit_merge_point(i=i, n=n, acc=acc, fl=fl, seen=seen)
        prev = acc
        if i % 7 == 3:  # a guard that fails with acc and fl live
            acc = W_Int((acc.v * 2 - i) % 100003)
        else:
            acc = W_Int(acc.v + i % 5)
        if i % 13 == 0:  # escapes: the list keeps it
            seen.append(acc)
        if prev is acc or acc is None:
            acc = W_Int(-1)
        fl = W_Float(fl.f * 0.5 + acc.v % 3)
        i += 1
    return acc, fl, seen


pair_driver = JitDriver(greens=[], reds=["k", "p"])


def pairs(k):
    p = Pair(W_Int(0), 0)
    while k > 0:
        pair_driver.jit_merge_point(k=k, p=p)
        h = p.head
        if k % 9 == 0:
            h = W_Int(h.v + 100)
        p = Pair(h, p.count + 1)
        k -= 1
    return p


def entry_point(argv):
    n = 500
    if len(argv) > 1:
        n = int(argv[1])
    acc, fl, seen = run(n)
    t = 0
    for b in seen:
        t = t * 3 + b.v
        t = t % 1000003
    print(acc.v, int(fl.f * 1000000), len(seen), t, seen[-1] is seen[-1], seen[0] is seen[-1])
    p = pairs(n)
    print(p.head.v, p.count)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
