from __future__ import print_function
import os, sys


def entry_point(argv):
    print("hello, world")
    print("two", "words")
    print()
    print("after an empty line")
    print("x" + "y", 1, 2.5, True, None)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
