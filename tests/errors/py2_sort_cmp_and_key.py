# python2
# Python 2's sorted() with both cmp= and key= (cmp compares the keys): refused, naming the
# combination (python2.7 prints ['a', 'bb', 'ccc']).
import sys


def by_len(a, b):
    return a - b


def entry_point(argv):
    print sorted(["bb", "ccc", "a"], cmp=by_len, key=len)
    return 0


def target(*args):
    return entry_point, None
