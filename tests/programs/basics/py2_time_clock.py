# python2
import os, sys
import time


def entry_point(argv):
    c0 = time.clock()
    s = 0
    for i in range(100000):
        s += i
    c1 = time.clock()
    print s, c1 >= c0, c0 >= 0.0
    print time.time() > 1e9
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
