from __future__ import print_function
import os, sys


def entry_point(argv):
    x = 10
    x += 5
    print(x)
    x -= 20
    print(x)
    x *= -3
    print(x)
    x //= 4
    print(x)
    x %= 5
    print(x)
    x = -x - 7
    x //= 2
    print(x)
    l = [1, 2, 3]
    l[1] += 10
    l[-1] *= 4
    print(l)
    i = 0
    l[i] -= 100
    print(l)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
