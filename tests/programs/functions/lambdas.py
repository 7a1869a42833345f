from __future__ import print_function
import os, sys

SQUARE = lambda x: x * x
HANDLERS = [lambda x: x + 1, lambda x: x * 10, lambda x: -x]


def apply_all(x):
    return [h(x) for h in HANDLERS]


def entry_point(argv):
    print(SQUARE(7))
    print(apply_all(5))
    pairs = [(3, "c"), (1, "a"), (2, "b")]
    print(sorted(pairs, key=lambda p: p[1]))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
