from __future__ import print_function
import os, sys


def entry_point(argv):
    print(list("abc"), list((1, 2, 3)), list(range(4)), list([5, 6]), list())
    it = iter([1, 2, 3])
    print(next(it), next(it))
    print(list(it))
    print(list(range(10, 0, -3)), list(range(-3)), list(range(2, 2)))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
