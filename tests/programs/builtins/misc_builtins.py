from __future__ import print_function
import os, sys


class A(object):
    pass


class B(A):
    pass


def entry_point(argv):
    print(abs(-7), abs(7), abs(-0.5), abs(0))
    print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(7.5, 2.0))
    print(len("abc"), len([1, 2]), len({1: 2}), len((1, 2, 3)), len(set([1, 1])))
    print(chr(ord("a") + 1), ord(chr(200)))
    print(bool(1), bool(0.0), int("12"), float("1.25"), str(12))
    print(isinstance(B(), A), isinstance(A(), B), issubclass(B, A), issubclass(A, B), issubclass(A, A))
    print(isinstance(3, int), isinstance("s", str), isinstance(2.0, float), isinstance(True, int))
    a = A()
    print(id(a) == id(a), id(a) == id(A()), hash("abc") == hash("ab" + "c"), hash(5) == hash(5))
    print(type(a) is A, type(B()) is A, type(3) is int, type("x") is str)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
