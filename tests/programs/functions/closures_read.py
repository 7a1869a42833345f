from __future__ import print_function
import os, sys


def scale_all(items, factor):
    def scale(x):
        return x * factor
    return [scale(i) for i in items]


def count_matching(words, prefix):
    n = [0]

    def check(w):
        if w.startswith(prefix):
            n[0] += 1
    for w in words:
        check(w)
    return n[0]


def entry_point(argv):
    print(scale_all([1, 2, 3], 10))
    print(count_matching(["apple", "avocado", "banana", "apricot"], "a"))
    base = len(argv) + 100

    def offset(x):
        return x + base
    print(offset(1), offset(-100))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
