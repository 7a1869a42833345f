# check-stderr
from __future__ import print_function
import os, sys


def lookup(d, k):
    return d[k]


def entry_point(argv):
    d = {1: "one", 2: "two"}
    print(lookup(d, 1))
    print(lookup(d, 3))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
