# python2
import os, sys


def entry_point(argv):
    a = 2 ** 62
    # a + a overflows a machine word, then the subtraction wraps back: same result either way
    print a + a - 1
    print 10L ** 2, 7L * 6, 5L + 1
    x = 123456789
    print x * x, x * x // 1000
    print (1 << 62) // 3, -(1 << 62) // 3
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
