# python2
import os, sys


def entry_point(argv):
    print 0777, 0o777, 010, 0x1F, 0b1010
    print 10L, 10L * 3, 0xFFL, 7L + 1
    print oct(8), oct(0), oct(511), oct(-8)
    print "%o" % 8, "%#o" % 8, "%#x" % 255
    print int("0777", 8), int("17", 8)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
