# check-stderr
# An attribute that one subclass sets, read through the base class while the object is of a
# sibling subclass that never sets it: RPython reads a zero there; Python raises AttributeError,
# and so does the translated program.
from __future__ import print_function


class Token(object):
    pass


class Number(Token):
    def __init__(self, start):
        self.start = start


class Error(Token):
    def __init__(self, message):
        self.message = message


class Padded(Number):
    pass


def where(t):
    return t.start


def scan(n):
    if n > 2:
        return Number(n)
    if n > 1:
        return Padded(n * 10)
    return Error("bad")


def entry_point(argv):
    print(where(scan(3)), where(scan(2)))
    try:
        print(where(scan(1)))
    except AttributeError as e:
        print("caught:", e)
    print(where(scan(len(argv))))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
