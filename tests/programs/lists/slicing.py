from __future__ import print_function
import os, sys


def entry_point(argv):
    l = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
    print(l[2:5], l[:3], l[7:], l[-3:], l[:-3], l[-5:-2], l[5:2], l[100:], l[-100:2], l[3:100])
    print(l[::2], l[1::3], l[::-1], l[8:2:-2], l[-1:-4:-1], l[2:8:-1])
    c = l[:]
    c[0] = 99
    print(l[0], c[0])
    e = []
    print(e[1:], e[:-1], e[::-1])
    n = len(argv)
    print(l[n:n + 2], l[-n:])
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
