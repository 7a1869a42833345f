from __future__ import print_function
import os, sys


def box(width, height, depth=1, label="box"):
    return label + ":" + str(width * height * depth)


def sub(a, b):
    return a - b


def entry_point(argv):
    print(box(2, 3))
    print(box(2, 3, 4))
    print(box(width=2, height=5))
    print(box(height=5, width=2, label="swapped"))
    print(box(2, 3, label="named"))
    print(box(1, 2, depth=3, label="all"))
    print(sub(10, 3), sub(b=10, a=3), sub(10, b=3))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
