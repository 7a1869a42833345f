from __future__ import print_function
import os, sys


class Thing(object):
    def __init__(self, n):
        self.n = n


def entry_point(argv):
    a = Thing(1)
    b = Thing(1)
    c = a
    print(a is b, a is c, a == b, a == c, a != b)
    things = [a, b]
    print(a in things, Thing(1) in things)
    d = {}
    d[a] = "first"
    d[b] = "second"
    print(len(d), d[a], d[c], d[b])
    x = None
    if len(argv) > 0:
        x = a
    print(x is a, x is not None)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
