from __future__ import print_function
import os, sys


def entry_point(argv):
    if len(argv) < 2:
        print("usage: need an argument")
        return 2
    print(argv[1])
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
