from __future__ import print_function
import os, sys


def count_true(flags):
    n = 0
    for f in flags:
        n += f
    return n


def entry_point(argv):
    print(True + 1, True * 3, False - 1, int(True), int(False))
    print(bool(0), bool(-1), bool(7), bool(""), bool("a"), bool([]), bool([0]))
    print(count_true([True, False, True, True]))
    print(sum([1 > 0, 2 > 5, 3 == 3]))
    x = 3 > 2
    print(x + x)
    print(True == 1, True is True, True and 5, False or True)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
