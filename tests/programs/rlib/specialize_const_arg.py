# specialize.arg(N) with a constant argument: one copy of the function per constant, in which the
# parameter is that constant (tests on it are decided, so each copy may return its own type);
# specialize.memo() called with constants runs while translating and its result is a constant.
from __future__ import print_function
import sys
from rpython.rlib.objectmodel import specialize


@specialize.arg(1)
def convert(s, kind):
    if kind == "int":
        return int(s)
    elif kind == "float":
        return float(s)
    elif kind == "len":
        return len(s)
    return s.upper()


class Box(object):
    def __init__(self, v):
        self.v = v


class Pair(object):
    def __init__(self, a, b):
        self.a = a
        self.b = b


@specialize.arg(0)
def make(cls, x):
    if cls is Box:
        return Box(x)
    return Pair(x, x)


_tables = {}


@specialize.memo()
def table_for(n):
    # runs while translating: the dict below is never seen by translated code
    if n not in _tables:
        _tables[n] = [i * n for i in range(5)]
    return _tables[n]


@specialize.memo()
def handler_for(name):
    def double(x):
        return 2 * x

    def square(x):
        return x * x
    if name == "double":
        return double
    return square


@specialize.arg(0)
def apply_named(name, x):
    return handler_for(name)(x)


def entry_point(argv):
    n = convert("42", "int") + len(argv)
    f = convert("2.5", "float") * 2
    print(n, f, convert("hello", "len"), convert("abc", "upper"))
    print(make(Box, 3).v, make(Pair, 4).b)
    t = table_for(3)
    print(t, table_for(7)[4], len(table_for(3)))
    print(apply_named("double", 21), apply_named("square", 9))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
