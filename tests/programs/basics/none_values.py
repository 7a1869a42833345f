from __future__ import print_function
import os, sys


def find(items, x):
    for i in items:
        if i == x:
            return "found " + str(i)
    return None


def maybe_list(n):
    if n > 0:
        return [n] * n
    return None


def nothing():
    pass


def entry_point(argv):
    r = find([1, 2, 3], 2)
    print(r)
    r = find([1, 2, 3], 7)
    print(r is None)
    print(r)
    l = maybe_list(3)
    if l is not None:
        print(len(l), l)
    l = maybe_list(0)
    print(l is None)
    print(nothing())
    x = None
    if not x:
        print("None is falsy")
    s = find([5], 5)
    if s:
        print("non-empty string is truthy:", s)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
