# collections.namedtuple in translated code: construction (keywords, defaults), fields by name and
# index, unpacking, printing at any depth, == with plain tuples, hashing, sorting, prebuilt instances,
# a subclass with empty __slots__, isinstance(), concatenation and slicing into plain tuples.
import sys
from collections import namedtuple
import collections

Point = namedtuple("Point", ["x", "y"])
Pair = collections.namedtuple("Pair", "left right")
Entry = namedtuple("Entry", "name count weight", defaults=[1, 0.5])


class Vec(namedtuple("Vec", "dx dy")):
    __slots__ = ()


ORIGIN = Point(0, 0)
TABLE = [Point(1, 2), Point(3, 4)]
BY_NAME = {"a": Entry("a", 3, 1.5)}


def shift(p, d):
    return Point(p.x + d, p.y - d)


def main():
    n = len(sys.argv)
    p = Point(3, y=n + 4)
    print(p, p.x, p.y, p[0], p[-1], len(p))
    x, y = p
    print(x + y, p == (3, n + 4), p == Point(3, 5), p != ORIGIN)
    print(ORIGIN, TABLE, BY_NAME)
    pts = [shift(p, i) for i in range(3)]
    print(pts)
    print(sorted(pts, key=lambda q: q.y)[0], max(pts), min(pts, key=lambda q: -q.x))
    print(repr(pts[1]), str(pts[2]), "%s|%r" % (p, p), "{} {!r}".format(p, p), f"{p}")
    seen = {p: "first", ORIGIN: "origin"}
    print(seen[Point(3, n + 4)], Point(0, 0) in seen, hash(p) == hash((3, n + 4)))
    s = set(pts)
    print(len(s), Point(4, 4) in s)
    e = Entry("b")
    e2 = Entry("c", count=n)
    print(e, e2, e.weight * 2, Entry._fields, p._fields)
    pr = Pair([1, 2], "r")
    pr.left.append(3)
    print(pr, pr.left)
    v = Vec(1.5, -2.0)
    print(v, v.dx + v.dy, isinstance(v, tuple))
    t = p + (9,)
    print(t, p[1:], tuple(p), list(p))
    for item in p:
        print("item", item)
    nested = [(Point(1, 1), "one"), (Point(2, 2), "two")]
    for q, name in nested:
        print(name, q)
    print({"a": Point(5, 6)})


main()
