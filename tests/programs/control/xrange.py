# python2
import os, sys


def entry_point(argv):
    total = 0
    for i in xrange(10):
        total += i
    print total
    print [i for i in xrange(3, 12, 4)], [i for i in xrange(5, 0, -2)], [i for i in xrange(0)]
    n = 0
    for i in xrange(1000000):
        n += i & 1
    print n
    for i in xrange(len(argv)):
        print "arg index", i
    r = range(4)
    r.append(10)
    print r, range(2, 5), range(0)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
