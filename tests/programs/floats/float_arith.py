# python2
from __future__ import print_function
import os, sys


def entry_point(argv):
    a = 7.5
    b = 2.0
    print(a + b, a - b, a * b, a / b)
    print(7 / 2.0, -7 / 2.0, 7.0 / -2, 1 / 4.0)
    print(3 + 0.5, 10 - 0.25, 3 * 1.5, 2 ** 0.5)
    print(1.1 * 3, 0.1 * 3, 1e10 + 1, 1e16 + 1)
    print(-a, abs(-a), abs(a), +a)
    x = 1.0
    for i in range(10):
        x = x * 1.5 + 0.25
    print(x)
    x = 10.0
    x /= 4
    print(x)
    x += 1
    print(x)
    x -= 0.5
    x *= 2
    print(x)
    n = 3
    f = n * 0.5
    print(f, n / 2.0, float(n) / 4)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
