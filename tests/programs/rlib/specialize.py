from __future__ import print_function
import os, sys
from rpython.rlib.objectmodel import specialize


@specialize.argtype(0)
def describe(x):
    return "<" + str(x) + ">"


@specialize.argtype(0, 1)
def pair_max(a, b):
    if a > b:
        return a
    return b


@specialize.arg(1)
def convert(s, kind):
    if kind == 0:
        return len(s)
    return len(s) * 100


@specialize.memo()
def table_for(n):
    return [i * n for i in range(4)]


@specialize.call_location()
def ident(x):
    return x


def entry_point(argv):
    print(describe(5), describe("five"), describe(2.5), describe(True))
    print(pair_max(3, 9), pair_max("pear", "apple"), pair_max(1.5, 0.5))
    print(convert("abc", 0), convert("abc", 1))
    print(table_for(3), table_for(5))
    print(ident(7) + 1, ident("s") + "t")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
