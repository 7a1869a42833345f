# python2
import sys
from rpython.rlib.rarithmetic import r_uint

# range()/xrange() with r_uint bounds (RPython accepts them; the items are ints), as a loop and
# as a list; r_uint arithmetic on the items.


def rows(contents, nrows, ncols):
    out = []
    for r in xrange(nrows):
        out.append(contents[r * ncols:(r + 1) * ncols])
    return out


def entry_point(argv):
    n = r_uint(len(argv) + 2)
    print rows(range(12), n, r_uint(3))
    print range(r_uint(2), n), xrange(n)[1], [i * 2 for i in range(r_uint(1), r_uint(7), 2)]
    total = r_uint(0)
    for i in xrange(r_uint(0), n):
        total += r_uint(i)
    print total
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
