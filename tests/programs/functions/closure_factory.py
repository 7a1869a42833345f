from __future__ import print_function
import os, sys


def make_multiplier(n):
    def mul(x):
        return x * n
    return mul


def make_prefixer(prefix):
    def add(s):
        return prefix + s
    return add


TRIPLE = make_multiplier(3)
DOUBLE = make_multiplier(2)


def entry_point(argv):
    print(TRIPLE(5), DOUBLE(5))
    m = make_multiplier(len(argv) + 9)
    print(m(4))
    p = make_prefixer("pre-")
    print(p("fix"), p("view"))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
