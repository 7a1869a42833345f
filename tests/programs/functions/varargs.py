from __future__ import print_function
import os, sys


def total(*args):
    s = 0
    for a in args:
        s += a
    return s


def count_args(*args):
    return len(args)


def first_and_rest(first, *rest):
    return first * 100 + len(rest)


def add3(a, b, c):
    return a + b + c


def entry_point(argv):
    print(total(), total(1), total(1, 2), total(1, 2, 3, 4))
    print(count_args(), count_args("a", "b"), count_args(1, 2.5, "x"))
    print(first_and_rest(1), first_and_rest(2, 9, 9, 9))
    t = (10, 20, 30)
    print(add3(*t), total(*t))
    pair = (1, 2)
    print(add3(0, *pair))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
