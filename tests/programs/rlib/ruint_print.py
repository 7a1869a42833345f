# python2
# r_uint values print as unsigned numbers (a long in Python 2: repr 5L), also beyond 2**63.
from rpython.rlib.rarithmetic import r_uint, intmask


def entry_point(argv):
    x = r_uint(len(argv)) + r_uint(1)
    print x
    print str(x), repr(x), [x], "%d %s %x" % (x, x, x)
    big = r_uint(1) << 63
    big += r_uint(len(argv))
    print big, str(big), "%d|%s" % (big, big)
    fmt = "%s" if len(argv) > 0 else "%d"
    print fmt % big
    rfmt = "%r %s %.3f" if len(argv) > 0 else "%d"
    print rfmt % (big, 2.0 / 3, x)
    y = r_uint(0) - r_uint(len(argv))
    print y, intmask(y)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
