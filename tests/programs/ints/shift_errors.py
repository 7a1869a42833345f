from __future__ import print_function
import os, sys


def shl(a, n):
    try:
        return a << n
    except ValueError:
        return -1


def shr(a, n):
    try:
        return a >> n
    except ValueError:
        return -2


def entry_point(argv):
    k = len(argv)
    print(shl(1, k + 3), shl(1, -k), shr(256, k + 1), shr(256, -k - 1))
    print(shl(-3, 2), shr(-3, 1), shr(7, 0), shl(0, 40))
    try:
        print(5 << (k - 2))
    except ValueError as e:
        print("ValueError:", str(e))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
