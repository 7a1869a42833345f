# check-stderr
from __future__ import print_function
import os, sys


def entry_point(argv):
    l = [1, 2, 3]
    print("before")
    l[len(argv) + 5] = 4
    print("after")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
