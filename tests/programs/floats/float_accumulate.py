# python2
from __future__ import print_function
import os, sys


def mean(xs):
    s = 0.0
    for x in xs:
        s += x
    return s / len(xs)


def variance(xs):
    m = mean(xs)
    s = 0.0
    for x in xs:
        s += (x - m) * (x - m)
    return s / len(xs)


def entry_point(argv):
    s = 0.0
    for i in range(10):
        s += 0.1
    print(s)
    data = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]
    print(mean(data), variance(data))
    h = 0.0
    for k in range(1, 1001):
        h += 1.0 / k
    print(h)
    p = 1.0
    for k in range(1, 30):
        p *= k
    print(p)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
