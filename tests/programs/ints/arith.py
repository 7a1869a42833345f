from __future__ import print_function
import os, sys


def entry_point(argv):
    a = 17
    b = 5
    print(a + b, a - b, a * b, a // b, a % b)
    print(b - a, -a * b, -(a + b))
    print(2 + 3 * 4 - 6 // 2, (2 + 3) * (4 - 6) // 2)
    print(10 - 3 - 2, 100 // 10 // 3, 2 * 3 % 4)
    x = 0
    for i in range(1, 11):
        x = x * 3 + i
    print(x)
    print(-a, +a, -(-a))
    print(1000000 * 1000000)
    print(123456789 * 987654321)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
