# Instances of a class defining __hash__ and __eq__ as dict keys and set items: the tables call
# the methods, so equal instances are one key; a class with neither is keyed by identity.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return self.x * 31 + self.y

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


class Colored(Point):
    def __init__(self, x, y, color):
        Point.__init__(self, x, y)
        self.color = color


class Token:
    def __init__(self, name):
        self.name = name


def main():
    d = {}
    d[Point(1, 2)] = "a"
    d[Point(1, 2)] = "b"
    d[Point(2, 1)] = "c"
    d[Colored(2, 1, "red")] = "d"  # equal to Point(2, 1)
    print(len(d), d[Point(1, 2)], d[Point(2, 1)], Point(3, 3) in d, Point(2, 1) in d)
    print(sorted(d.values()), d)
    s = {Point(0, 0), Point(0, 0), Point(5, 5)}
    s.add(Point(5, 5))
    s.discard(Point(0, 0))
    print(len(s), s, hash(Point(1, 1)))
    counts = {}
    for p in [Point(1, 1), Point(2, 2), Point(1, 1), Point(1, 1)]:
        counts[p] = counts.get(p, 0) + 1
    for p in counts:
        print(p, counts[p])
    t1, t2 = Token("x"), Token("x")
    ids = {t1: 1}
    ids[t2] = 2
    print(len(ids), ids[t1], ids[t2])
    return 0


if __name__ == '__main__':
    sys.exit(main())
