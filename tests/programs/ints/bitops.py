from __future__ import print_function
import os, sys


def popcount(n):
    c = 0
    while n:
        c += n & 1
        n >>= 1
    return c


def entry_point(argv):
    a = 0b1100
    b = 0b1010
    print(a & b, a | b, a ^ b, ~a, ~0, ~-1)
    print(1 << 10, 1 << 62, 5 << 3, 1024 >> 3, 1023 >> 20)
    print(-8 >> 1, -1 >> 10, -9 >> 2, -1 >> 63, -16 << 2)
    print(0xFF & -256, -1 & 0xFFFF, -5 | 2, -5 ^ 3)
    print(popcount(255), popcount(0), popcount(1 << 40 | 7))
    x = 6
    x &= 3
    print(x)
    x |= 8
    print(x)
    x ^= 15
    print(x)
    x <<= 4
    print(x)
    x >>= 2
    print(x)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
