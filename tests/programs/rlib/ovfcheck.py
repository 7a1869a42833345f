from __future__ import print_function
import os, sys
from rpython.rlib.rarithmetic import ovfcheck, maxint


def checked_add(a, b):
    try:
        return ovfcheck(a + b)
    except OverflowError:
        return -1


def checked_mul(a, b):
    try:
        return ovfcheck(a * b)
    except OverflowError:
        return -2


def factorial_until_overflow():
    n = 1
    i = 1
    while True:
        try:
            n = ovfcheck(n * i)
        except OverflowError:
            return i, n
        i += 1


def entry_point(argv):
    print(checked_add(1, 2), checked_add(maxint, 1), checked_add(maxint, -1), checked_add(-maxint - 1, -1))
    print(checked_mul(3, 4), checked_mul(maxint, 2), checked_mul(2 ** 31, 2 ** 31), checked_mul(2 ** 32, 2 ** 31))
    print(factorial_until_overflow())
    try:
        x = ovfcheck(maxint - (-1))
        print(x)
    except OverflowError:
        print("sub overflow detected")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
