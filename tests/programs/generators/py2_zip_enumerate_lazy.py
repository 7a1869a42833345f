# python2
# Python 2.7: enumerate() of a generator is an iterator pulling one item per step; zip() builds a
# list, but row by row, stopping at the first argument that runs out (a generator paired with a
# shorter list computes one item past it, not all of them; an infinite one is fine); any()/all()
# stop at the deciding item.
import sys
import itertools


def f(x):
    print "f", x
    return x * 2


def g(xs):
    for x in xs:
        print "g", x
        yield x > 0


def naturals():
    n = 0
    while True:
        print "nat", n
        yield n
        n += 1


def entry_point(argv):
    print zip((f(x) for x in [1, 2, 3]), [10])
    for i, v in enumerate(f(x) for x in [1, 2, 3]):
        print "body", i, v
    for i, v in enumerate(naturals(), 1):
        print "count", i, v
        if i == 2:
            break
    print zip(naturals(), itertools.count(5), "xy")
    print zip("ab", naturals())
    print any(g([1, 2, 3])), all(g([1, 0, 3]))
    e = enumerate(x for x in "pq")
    print next(e)
    print list(e)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
