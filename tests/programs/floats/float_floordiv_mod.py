# python2
from __future__ import print_function
import os, sys


def entry_point(argv):
    for a, b in [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (1.0, 0.3), (6.0, 3.0),
                 (-0.5, 1.0), (5.25, 0.5)]:
        print(a, b, a // b, a % b)
    print(7.5 // 2, -7 % 2.5, 7 // 2.5)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
