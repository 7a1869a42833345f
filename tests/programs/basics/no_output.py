from __future__ import print_function
import os, sys


def entry_point(argv):
    x = 0
    for i in range(10):
        x += i
    if x != 45:
        print("wrong sum")
        return 1
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
