# python2
import os, sys


def entry_point(argv):
    print 7 / 2, -7 / 2, 7 / -2, -7 / -2, 1 / 3, 0 / 5, 6 / 3
    print 7 % 2, -7 % 2, 7 % -2
    x = 100
    x /= 7
    print x
    y = -100
    y /= 7
    print y
    print 7.0 / 2, 7 / 2.0, -7 / 2.0
    n = len(argv) + 9
    print n / 4, n * 3 / 4, (n + 1) / 2
    total = 0
    for i in range(1, 11):
        total += 100 / i
    print total
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
