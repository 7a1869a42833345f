# python2
from __future__ import print_function
import os, sys


def entry_point(argv):
    d = {}
    for i in range(10000):
        d[i * 7919 % 10007] = i
    print(len(d), d[0], d[7919], d[10006])
    for i in range(0, 10000, 2):
        del d[i * 7919 % 10007]
    print(len(d))
    s = 0
    for k in d:
        s += k
    print(s)
    first = []
    for k in d:
        first.append(k)
        if len(first) == 5:
            break
    print(first)
    neg = {-1: "minus one", 0: "zero", -9223372036854775807: "min"}
    print(neg[-1], neg[0], neg[-9223372036854775807])
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
