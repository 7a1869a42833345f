# python2
# collections.namedtuple at import time with Python 2.7's rules: the repr names the typename
# (a subclass too), rename=True replaces keywords, vars(p) is the OrderedDict of the fields, and a
# wrong call reads "__new__() takes exactly N arguments (M given)"; keyword.kwlist is Python 2's.
import keyword
from collections import namedtuple

OUT = []


def r(*args):
    OUT.append(' '.join([str(a) for a in args]))


Point = namedtuple('Point', 'x y')
Row = namedtuple('Row', ['name', 'size', 'kind'])
p = Point(1, y=2)
r(p, repr(p), p.x, p.y, p[0], p[-1], Point._fields, len(p))
r(p._replace(x=10), p, p._asdict(), vars(p), type(p._asdict()).__name__)
a, b = p
r(a, b, tuple(p), list(p), p == (1, 2), p == Point(1, 2), hash(p) == hash((1, 2)))
r(Row._make(['f', 3, 'file']), Row(*range(3)), isinstance(p, tuple), type(p).__name__)
r(p + (3,), p[:1], sorted([Point(2, 1), Point(1, 5)]), {p: 'pt'}[(1, 2)])
r(namedtuple('R', 'x, y', verbose=False)(1, 2), namedtuple('T', [u'a', 'b'])._fields)
r(namedtuple('S', ['a', 'def', 'a', '_x', '9', 'print', 'ok'], rename=True)._fields)


class Vec(Point):
    __slots__ = ()

    def norm(self):
        return self.x * self.x + self.y * self.y


r(Vec(3, 4).norm(), Vec(3, 4), "%s %r" % (p, p), Point(1.5, 'a'))
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, x=2), lambda: Point(z=1),
            lambda: Point._make([1]), lambda: setattr(p, 'x', 3), lambda: p._replace(z=1),
            lambda: namedtuple('Q', 'a class'), lambda: namedtuple('Q', 'a 1b'),
            lambda: namedtuple('Q', 'a _b'), lambda: namedtuple('Q', 'a a'),
            lambda: namedtuple('Q', 'a-b'), lambda: namedtuple('print', 'a')]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        r(type(e).__name__, e)
r(keyword.iskeyword('print'), keyword.iskeyword('exec'), keyword.iskeyword('None'),
  keyword.iskeyword('nonlocal'), len(keyword.kwlist), keyword.kwlist[:3])
ORIGIN = Point(0, 0)
SIZES = [Row('a', 1, 'x'), Row('b', 22, 'y')]
TOTAL = sum([row.size for row in SIZES])


def entry_point(argv):
    for line in OUT:
        print line
    print TOTAL
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
