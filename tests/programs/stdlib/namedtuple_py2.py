# python2
# collections.namedtuple in an RPython program: Python 2.7 prints the typename given (a subclass too).
from collections import namedtuple

Point = namedtuple('Point', 'x y')


class Sub(namedtuple('Base', ['a', 'b'])):
    __slots__ = ()


CORNERS = [Point(0, 0), Point(2, 3)]


def entry_point(argv):
    n = len(argv)
    p = Point(n, 7)
    print p, p.x * p.y
    print CORNERS, Sub(1, 'z')
    a, b = Sub(n, 'q')
    print a, b, p == (n, 7)
    d = {}
    d[p] = 'here'
    print d
    print '%s and %r' % (p, Sub(2, 'w'))
    print sorted([Point(3, 1), Point(1, 2), Point(2, 0)])
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
