# python2
# namedtuple _replace() and _make() in an RPython program (Python 2.7's _asdict() is an
# OrderedDict: refused).
import sys
from collections import namedtuple

Pos = namedtuple('Pos', 'line col')


def entry_point(argv):
    p = Pos(1, len(argv))
    q = p._replace(col=9)
    print p, q, Pos._make([4, 5]), q._make((6, 7))
    try:
        Pos._make([1])
    except TypeError as e:
        print "TypeError:", e
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
