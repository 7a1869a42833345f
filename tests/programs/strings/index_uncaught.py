# check-stderr
from __future__ import print_function
import os, sys


def nth_char(s, n):
    return s[n]


def entry_point(argv):
    print(nth_char("hello", 1))
    print(nth_char("hello", 5))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
