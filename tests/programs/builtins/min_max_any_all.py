from __future__ import print_function
import os, sys


def entry_point(argv):
    print(min(3, 1, 2), max(3, 1, 2), min(2.5, 1.0), max("abc", "abd"), min([4, -4, 0]), max([7]))
    print(min("hello"), max("hello"), min(["b", "a"]), max([1.5, -3.0]))
    print(any([False, False, True]), any([]), all([True, True]), all([]), all([1, 0]), any([0, 0, 3]))
    flags = [x > 2 for x in [1, 2, 3]]
    print(any(flags), all(flags))
    try:
        min([])
    except ValueError:
        print("min of empty: ValueError")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
