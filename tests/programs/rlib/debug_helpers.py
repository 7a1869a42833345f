from __future__ import print_function
import os, sys
from rpython.rlib.debug import make_sure_not_resized, check_nonneg


def make_table(n):
    t = [0] * n
    make_sure_not_resized(t)
    for i in range(n):
        t[i] = i * 3
    return t


def entry_point(argv):
    t = make_table(5)
    print(t)
    n = len(argv) + 4
    check_nonneg(n)
    print(n)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
