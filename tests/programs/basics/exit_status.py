# args: 5
from __future__ import print_function
import os, sys


def compute(n):
    total = 0
    for i in range(n):
        total += i
    return total


def entry_point(argv):
    t = compute(int(argv[1]))
    print("total", t)
    return t + 3


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
