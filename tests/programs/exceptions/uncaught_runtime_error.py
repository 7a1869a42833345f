# check-stderr
from __future__ import print_function
import os, sys


def deep(n):
    if n == 0:
        raise RuntimeError("depth reached")
    return deep(n - 1)


def entry_point(argv):
    for i in range(3):
        print("line", i)
    deep(20)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
