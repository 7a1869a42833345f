# python2
# Python 2's sorted(xs, cmp=f) with f returning a float: python2.7 raises "TypeError: comparison
# function must return int, not float"; rpy refuses it, naming the result's type.
import sys


def entry_point(argv):
    print sorted([2.5, 1.0, 3.0], cmp=lambda a, b: a - b)
    return 0


def target(*args):
    return entry_point, None
