# A class attribute read from a class value that may be one of several classes, only some of
# which define it: RPython accepts it; reading it from a class without it raises AttributeError,
# as Python does.
from __future__ import print_function


class Base(object):
    pass


class A(Base):
    a = 1


class B(Base):
    a = 2


class C(Base):
    c = 6


def choose(n):
    if n > 2:
        return A
    if n > 1:
        return B
    return C


def read(n):
    x = choose(n)
    try:
        return x.a
    except AttributeError:
        return -1


def entry_point(argv):
    print(read(3), read(2), read(1))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
