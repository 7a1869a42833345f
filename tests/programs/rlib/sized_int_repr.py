# python2
# Sized ints are longs in Python 2: str() and %d show the number, repr() and %r add an L.
from rpython.rlib.rarithmetic import r_uint16, r_int8, r_uint, r_int32, build_int

Byte = build_int('Byte', False, 8)


def entry_point(argv):
    x = r_uint16(7 + len(argv))
    y = r_int8(-3)
    z = Byte(511)
    print repr(x), repr(y), repr(z), repr(r_uint(3)), repr(r_int32(-70000))
    print "%r %s %d %5r|%-6r|" % (y, y, y, x, z)
    print "{!r} {} {:>4}".format(x, x, y)
    print str(z), z, "%s" % (x,)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
