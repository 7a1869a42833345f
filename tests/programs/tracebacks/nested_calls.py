# check-traceback
# An uncaught exception raised three calls deep: the traceback names every frame with its line.
from __future__ import print_function
import os, sys


def parse(s):
    return int(s)


def total(items):
    t = 0
    for x in items:
        t += parse(x)
    return t


def entry_point(argv):
    print(total(["1", "2", "3"]))
    print(total(["4", "five"]))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
