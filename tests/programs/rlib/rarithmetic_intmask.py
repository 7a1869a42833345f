from __future__ import print_function
import os, sys
from rpython.rlib.rarithmetic import intmask, r_uint, LONG_BIT, maxint, r_longlong, r_ulonglong

BIG = intmask(2 ** 64 + 5)
NEG = intmask(2 ** 63)


def hash_string(s):
    h = r_uint(5381)
    for c in s:
        h = (h << 5) + h + r_uint(ord(c))
    return intmask(h)


def entry_point(argv):
    print(LONG_BIT, maxint, BIG, NEG)
    print(intmask(maxint + 1 - 1), intmask(-1))
    print(hash_string("hello"), hash_string("a much longer string to force the wrap-around"))
    u = r_uint(maxint)
    u = u + r_uint(1)
    print(intmask(u), intmask(u * r_uint(2)))
    print(intmask(r_uint(-1)), intmask(r_uint(0) - r_uint(1)))
    x = r_uint(10)
    y = r_uint(3)
    print(intmask(x // y), intmask(x % y), x > y, intmask(x - y), intmask(y - x) == -7)
    print(intmask(r_uint(1) << 63) == -maxint - 1, intmask(r_uint(-1) >> 60))
    print(intmask(r_longlong(7) * r_longlong(6)), intmask(r_ulonglong(2) * r_ulonglong(4)))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
