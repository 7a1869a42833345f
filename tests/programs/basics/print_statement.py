# python2
import os, sys


def entry_point(argv):
    print "hello", "world"
    print 1, 2.5, True, None
    print
    print "no newline:",
    print "continued"
    x = 42
    print "x =", x, "and x * 2 =", x * 2
    print [1, 'a'], (1, 2)
    for i in range(3):
        print i,
    print
    print "%s-%d" % ("a", 7)
    print("parenthesized single value")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
