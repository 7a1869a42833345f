# python2
# py2-differs: Python 2 promotes to long; rpy's ints are machine words that wrap (RPYTHON.md 2)
import os, sys


def entry_point(argv):
    x = sys.maxint
    print x
    y = x + len(argv)
    print y
    print y - len(argv)
    z = -sys.maxint - len(argv)
    print z
    print z - 1
    print z * -1
    print x * 2
    print x * x
    print -z
    print abs(z)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
