# python2
from __future__ import print_function
import os, sys


def entry_point(argv):
    d = {}
    for i in range(10):
        d[i] = i * i
    for k in list(d.keys()):
        if k % 3 == 0:
            del d[k]
    print(d)
    for k, v in list(d.items()):
        if v > 20:
            d[k] = -v
    print(d)
    d[0] = 0
    print(list(d.keys())[-1], len(d))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
