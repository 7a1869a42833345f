# python2
import os, sys


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def chunks(s, k):
    for i in xrange(0, len(s), k):
        yield s[i:i + k]


def entry_point(argv):
    for x in countdown(5):
        print x,
    print
    print list(chunks("abcdefgh", 3))
    print sum([x for x in countdown(100)])
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
