from __future__ import print_function
import os, sys


def outer(n):
    def square(x):
        return x * x

    def cube(x):
        return x * square(x)

    return square(n) + cube(n)


def make_table(n):
    def row(i):
        return [i * j for j in range(1, 4)]
    return [row(i) for i in range(1, n + 1)]


def entry_point(argv):
    print(outer(2), outer(3))
    print(make_table(3))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
