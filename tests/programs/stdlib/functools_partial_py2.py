# python2
# functools.partial in a Python 2.7 program: positional and keyword binding, the call's keywords win.
import sys
import functools


def scale(x, factor, offset=0):
    return x * factor + offset


def entry_point(argv):
    double = functools.partial(scale, factor=2)
    print double(5), double(5, offset=1), double(5, factor=3)
    plus = functools.partial(scale, 1, 1)
    print plus(), plus(offset=7)
    fs = [functools.partial(scale, factor=k) for k in range(1, 4)]
    print [f(10) for f in fs]
    print functools.partial(max, 4)(2, 3)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
