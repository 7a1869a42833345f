from __future__ import print_function
import os, sys


def sign(x):
    return "neg" if x < 0 else ("zero" if x == 0 else "pos")


def entry_point(argv):
    for v in [-3, 0, 8]:
        print(v, sign(v))
    n = len(argv)
    a = 10 if n > 100 else 20
    print(a)
    s = "many" if n > 1 else "one"
    print(s)
    print([i if i % 2 == 0 else -i for i in range(6)])
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
