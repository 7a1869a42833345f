# args: alpha 42 -x "two words"
from __future__ import print_function
import os, sys


def entry_point(argv):
    print(len(argv))
    print(argv[1:])
    n = int(argv[2])
    print(n + 1)
    print(argv[3] == "-x")
    print(argv[4])
    print(len(argv[4]))
    for a in argv[1:]:
        print(a.upper())
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
