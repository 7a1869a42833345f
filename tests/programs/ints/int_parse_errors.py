from __future__ import print_function
import os, sys


def parse(s):
    try:
        return int(s)
    except ValueError:
        return -1


def entry_point(argv):
    for s in ["12", "abc", "", "1.5", "12a", " ", "--1", "3 4", "-7"]:
        print(repr(s), parse(s))
    try:
        int("xyz")
    except ValueError as e:
        print("message:", str(e))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
