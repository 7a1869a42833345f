# python2
from __future__ import print_function
import os, sys


def entry_point(argv):
    for i, c in enumerate("abc"):
        print(i, c)
    for i, x in enumerate([10, 20], 1):
        print(i, x)
    print(list(enumerate(["p", "q"])))
    print(list(reversed([1, 2, 3])), "".join(reversed("stressed")))
    pos = {}
    for i, w in enumerate("to be or not to be".split()):
        pos[w] = i
    print(pos)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
