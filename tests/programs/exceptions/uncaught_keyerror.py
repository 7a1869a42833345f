# check-stderr
from __future__ import print_function
import os, sys


def entry_point(argv):
    d = {"x": 1}
    print(d["x"])
    print(d["missing"])
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
