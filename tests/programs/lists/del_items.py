from __future__ import print_function
import os, sys


def entry_point(argv):
    l = list(range(10))
    del l[0]
    print(l)
    del l[-1]
    print(l)
    del l[2:4]
    print(l)
    del l[::2]
    print(l)
    del l[10:]
    print(l)
    del l[:]
    print(l)
    try:
        del l[0]
    except IndexError:
        print("IndexError on del")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
