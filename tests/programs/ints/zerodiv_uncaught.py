# check-stderr
from __future__ import print_function
import os, sys


def average(values):
    total = 0
    for v in values:
        total += v
    return total // len(values)


def entry_point(argv):
    print(average([1, 2, 3, 4]))
    print(average([]))
    print("not reached")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
