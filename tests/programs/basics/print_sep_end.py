from __future__ import print_function
import os, sys


def entry_point(argv):
    print("a", "b", "c", sep="-")
    print("no newline", end="")
    print(" -> continued")
    print(1, 2, sep="", end="!\n")
    for i in range(5):
        print(i, end=" ")
    print()
    print("last line without newline", end="")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
