from __future__ import print_function
import os, sys


def entry_point(argv):
    print(list((1, 2)), list("hi"), list({"a": 1, "b": 2}))
    l = list(range(3))
    l2 = list(l)
    l2.append(9)
    print(l, l2)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
