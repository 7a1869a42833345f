# python2
# check-stderr
from __future__ import print_function
import os, sys


class Boom(Exception):
    pass


def entry_point(argv):
    print("partial output without newline", end="")
    raise Boom
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
