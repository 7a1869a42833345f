# check-stderr
from __future__ import print_function
import os, sys


def check_positive(n):
    assert n > 0, "expected a positive number"
    return n


def entry_point(argv):
    print(check_positive(3))
    check_positive(len(argv) - 5)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
