# python2
from __future__ import print_function
import os, sys


def entry_point(argv):
    print("a", "b")
    print("x", end="")
    print("y", "z", sep="+")
    print()
    print(1, 2.5, [3])
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
