from __future__ import print_function
import os, sys


def entry_point(argv):
    x = 5
    print(x)
    del x
    x = 7
    print(x)
    l = [1, 2, 3, 4, 5, 6]
    del l[1]
    print(l)
    del l[-1]
    print(l)
    del l[1:3]
    print(l)
    del l[:]
    print(l, len(l))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
