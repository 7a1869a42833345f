# python2
from __future__ import print_function
import os, sys


def entry_point(argv):
    it = iter([1, 2, 3])
    print(next(it))
    rest = []
    for x in it:
        rest.append(x)
    print(rest)
    sit = iter("ab")
    print(next(sit), next(sit))
    try:
        next(sit)
    except StopIteration:
        print("exhausted")
    d = {"k1": 1, "k2": 2}
    kit = iter(d)
    print(next(kit))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
