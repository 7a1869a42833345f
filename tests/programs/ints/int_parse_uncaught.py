# args: 12 x
# check-stderr
from __future__ import print_function
import os, sys


def entry_point(argv):
    total = 0
    for a in argv[1:]:
        total += int(a)
        print("running total", total)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
