# python2
# type(x) is T against builtin types, decided by the types (type(n) is str was True for an int).
import sys


def check(n, s, xs, d, f):
    print type(n) is int, type(n) is str, type(n) is not float, type(n) is list
    print type(s) is str, type(s) is int, type(xs) is list, type(xs) is dict, type(d) is dict
    print type(f) is float, type(f) is int, len is len, len is max, max is not min
    print type(n).__name__, type(xs).__name__


def entry_point(argv):
    check(len(argv) + 2, "s", [1], {1: 2}, 2.5)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    check(3, "s", [1], {1: 2}, 2.5)
