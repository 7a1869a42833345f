from __future__ import print_function
import os, sys


class Wrapped(Exception):
    def __init__(self, what):
        self.what = what


def level3(x):
    if x > 2:
        raise ValueError("too big")
    return x


def level2(x):
    try:
        return level3(x)
    except ValueError:
        print("level2 saw it, re-raising")
        raise


def level1(x):
    try:
        return level2(x)
    except ValueError:
        raise Wrapped("level1")


def entry_point(argv):
    print(level1(1))
    try:
        level1(5)
    except Wrapped as w:
        print("got Wrapped from", w.what)
    try:
        try:
            raise KeyError("k")
        except KeyError as e:
            print("handling", str(e))
            raise IndexError("converted")
    except IndexError as e:
        print("outer", str(e))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
