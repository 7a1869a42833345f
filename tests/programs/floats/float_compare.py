# python2
from __future__ import print_function
import os, sys


def entry_point(argv):
    print(1 == 1.0, 2 < 2.5, 3 > 2.999, -1.0 < 0, 0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75)
    print(1.0 < 2 < 3.5, 1.5 <= 1.5 < 1.6, 2.0 != 2)
    print(max(1.5, 2.5), min(-1.0, 3.0), max([0.5, 3.25, -2.0]), min([0.5, 3.25, -2.0]))
    x = 0.0
    steps = 0
    while x < 1.0:
        x += 0.1
        steps += 1
    print(steps, x)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
