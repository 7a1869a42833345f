# An RPython program (Python 2.7) whose nested functions read enclosing variables assigned after
# the def, or on some paths only: the closures share the variable's cell, and a read while it has
# no value raises NameError (catchable), as Python does.
from __future__ import print_function


def later():
    def g():
        return x * 2

    x = 21
    return g()


def some_paths(n):
    if n > 5:
        y = n

    def g():
        return y + 1

    try:
        return g()
    except NameError:
        return -1


def helpers_in_any_order(n):
    def total(k):
        return scale(k) + offset

    def scale(k):
        return k * factor

    factor = 3
    offset = 100
    return total(n)


def escapes(n):
    def get():
        return base + n

    base = n * 10
    return get


def entry_point(argv):
    print(later())
    print(some_paths(len(argv)), some_paths(len(argv) + 10))
    print(helpers_in_any_order(4))
    f = escapes(len(argv) + 1)
    print(f())
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys

    entry_point(sys.argv)
