# python2
# py2-differs: Python 2's str(float) keeps 12 digits; rpy prints floats with the shortest repr (RPYTHON.md 5)
import os, sys


def entry_point(argv):
    print 1.0 / 3
    print 0.1 + 0.2
    print 1e16, 1e-05, 2.0, 0.1
    print str(2.0 / 3), [0.1 + 0.2]
    print 123456789.123456789
    print 3 / 2.0, 7 / 2
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
