from __future__ import print_function
import os, sys


def kind(c):
    if c in ("a", "e", "i", "o", "u"):
        return "vowel"
    if c in (" ", "\t"):
        return "space"
    return "other"


def entry_point(argv):
    print([kind(c) for c in "hi you"])
    n = len(argv)
    print(n in (1, 2, 3), n in (4, 5), 7 not in (1, 2))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
