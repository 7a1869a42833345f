from __future__ import print_function
import os, sys


def entry_point(argv):
    print(repr(1), repr(-2.5), repr("s"), repr(True), repr(None), repr([1, "a"]), repr((1, 2)))
    print(repr({"k": [1]}), repr(0.1), repr(1e16), repr(""), repr([]))
    print(str([1.0, 2.5]), str(("a",)), str({1: 2.0}))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
