# A namedtuple subclass's own methods, properties, static and class methods and class constants
# (refused before session 16): called with the tuple as self, one graph per receiver class.
from collections import namedtuple


class Point(namedtuple("Point", "x y")):
    __slots__ = ()
    ORIGIN_NAME = "origin"

    def moved(self, dx, dy=0):
        return self._replace(x=self.x + dx, y=self.y + dy)

    def dist(self, other):
        return abs(self.x - other.x) + abs(self.y - other.y)

    def far(self, n):
        if n == 0:
            return self
        return self.moved(1, 1).far(n - 1)

    @property
    def quadrant(self):
        if self.x >= 0:
            return 1 if self.y >= 0 else 4
        return 2 if self.y >= 0 else 3


class Point3(Point):
    def up(self):
        return Point3(self.x, self.y + 100)


def main():
    p = Point(1, -2)
    q = p.moved(3).moved(-10, dy=5)
    print(p, q, p.dist(q), Point.dist(p, q), p.far(4), p.quadrant, q.quadrant)
    print(type(p) is Point, type(q) == Point, isinstance(p, Point), isinstance(p, tuple), p.ORIGIN_NAME)
    r = Point3(5, 6)
    print(r.up(), r.up().quadrant, r.dist(p), type(r).__name__)
    pts = sorted([Point(3, 1), Point(-1, 2), Point(0, -5)], key=lambda t: t.dist(Point(0, 0)))
    print(pts, [t.quadrant for t in pts], max(pts, key=lambda t: t.x))
    d = {p: "p", q: "q"}
    print(d[Point(1, -2)], Point(2, 2) in d)


main()
