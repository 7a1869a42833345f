from __future__ import print_function
import os, sys


def entry_point(argv):
    print("ab" * 3, "-" * 10, repr("x" * 0), repr("x" * -2), 3 * "ab")
    n = len(argv) + 2
    line = "=" * n
    print(line, len(line))
    print(("a" + "b") * 2 + "c")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
