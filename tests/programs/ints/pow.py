# python2
from __future__ import print_function
import os, sys


def entry_point(argv):
    print(2 ** 10, 3 ** 0, (-2) ** 3, (-2) ** 4, 0 ** 0, 1 ** 100)
    print(2 ** 62, 10 ** 18)
    print(pow(3, 4), pow(7, 2))
    n = 5
    print(n ** 2 + n ** 3)
    x = 2
    x **= 5
    print(x)
    print(2.0 ** 0.5, 4 ** 0.5, 2 ** -1.0)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
