from __future__ import print_function
import os, sys

calls = []


def v(x):
    calls.append(x)
    return x


def entry_point(argv):
    a, b, c = 1, 2, 3
    print(a < b, a > b, a <= 1, a >= 2, a == 1, a != 1)
    print(a < b < c, a < b > c, c > b > a, a == 1 < b, 1 < 3 > 2 != 5)
    print(0 <= a < 10, 0 <= 11 < 10)
    r = v(1) < v(5) < v(3) < v(10)
    print(r, calls)
    del calls[:]
    r = v(5) > v(1) > v(0)
    print(r, calls)
    del calls[:]
    r = v(1) < v(2) == v(2) <= v(9)
    print(r, calls)
    print(-1 < 0, -5 < -3, 9223372036854775807 > -9223372036854775807)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
