from __future__ import print_function
import os, sys


def entry_point(argv):
    l = [0, 1, 2, 3, 4, 5]
    l[1:3] = [10, 20, 30]
    print(l)
    l[:0] = [-1, -2]
    print(l)
    l[5:] = []
    print(l)
    l[len(l):] = [7, 8]
    print(l)
    l[-2:] = [9]
    print(l)
    l[:] = [1, 2]
    print(l)
    l[0:1] = []
    print(l, len(l))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
