from __future__ import print_function
import os, sys


def entry_point(argv):
    l = ["a", "b", "c"]
    for x in reversed(l):
        print(x)
    for i, x in enumerate(l):
        print(i, x)
    for i, x in enumerate(reversed(l)):
        print(i, x)
    print(list(reversed([1, 2, 3])), list(reversed([])))
    for i in reversed(range(3)):
        print(i)
    for c in reversed("xyz"):
        print(c)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
