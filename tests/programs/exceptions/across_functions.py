from __future__ import print_function
import os, sys


class NotFound(Exception):
    def __init__(self, key):
        self.key = key


TABLE = {"a": 1, "b": 2}


def lookup(k):
    if k not in TABLE:
        raise NotFound(k)
    return TABLE[k]


def lookup_all(keys):
    total = 0
    for k in keys:
        total += lookup(k)
    return total


def deep(n):
    if n == 0:
        raise NotFound("deep")
    return deep(n - 1) + 1


def entry_point(argv):
    print(lookup_all(["a", "b", "a"]))
    try:
        print(lookup_all(["a", "z", "b"]))
    except NotFound as e:
        print("missing key", e.key)
    try:
        deep(50)
    except NotFound as e:
        print("from the bottom:", e.key)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
