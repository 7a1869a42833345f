from __future__ import print_function
import os, sys


def find_power(limit, base):
    p = 1
    while p < limit:
        p *= base
        if p == 64:
            print("hit 64")
            break
    else:
        print("loop finished normally with", p)
    return p


def entry_point(argv):
    print(find_power(100, 2))
    print(find_power(100, 3))
    n = 0
    while n > 0:
        n -= 1
    else:
        print("else runs even when the body never runs")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
