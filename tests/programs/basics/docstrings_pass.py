"""A module docstring."""
from __future__ import print_function
import os, sys


def noop(x):
    """Does nothing with x."""
    pass


def f(x):
    """Doubles x."""
    if x > 0:
        pass
    else:
        x = -x
    return x * 2


class Empty(object):
    """An empty class."""
    pass


def entry_point(argv):
    noop(3)
    print(f(4), f(-4))
    e = Empty()
    print(isinstance(e, Empty))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
