# python2
import os, sys


def entry_point(argv):
    for i in xrange(1, 20):
        if i % 7 == 0:
            print "break at", i
            break
        if i % 2:
            continue
        print i,
    else:
        print "no break"
    print
    n = 5
    while n > 0:
        print n,
        n -= 2
    else:
        print "done"
    for c in "abc":
        print c,
    print "end"
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
