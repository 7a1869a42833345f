# python2
import os, sys


def entry_point(argv):
    print sys.maxint
    print -sys.maxint - 1
    print sys.maxint // 2, sys.maxint % 10
    print sys.maxint > 2 ** 62, (-sys.maxint - 1) < -(2 ** 62)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
