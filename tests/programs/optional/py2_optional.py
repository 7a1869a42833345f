# python2
# RPython programs (Python 2.7): an index or None returned by a search, a table of None filled
# with ints, an attribute that is None until set to a tuple, and == / is / truth tests on them.
# RPython itself refuses SomeInteger|None; the meaning is Python 2's, so rpy accepts it.
import os
import sys


class Cell(object):
    def __init__(self):
        self.pos = None
        self.weight = None


def find(items, x):
    for i in range(len(items)):
        if items[i] == x:
            return i
    return None


def table(n):
    t = [None] * n
    for k in range(0, n, 2):
        t[k] = k * k
    return t


def entry_point(argv):
    print find(argv, "x"), find(argv, argv[0])
    t = table(len(argv) + 5)
    print t
    total = 0
    for v in t:
        if v is not None:
            total += v
        if v:
            print "nonzero", v
    print total, t[1] == None, t[0] == 0, t[2] != 4
    c = Cell()
    print c.pos, c.weight
    if len(argv) < 10:
        c.pos = (len(argv), 2)
        c.weight = 0.5
    if c.pos is not None:
        x, y = c.pos
        print x + y, c.weight * 2
    print c.pos, repr(c.weight)
    i = find(argv, "x")
    print i is None, (i or 0) + 1
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
