# python2
# Classes passed around as values, per-class tables, specialize.arg on class arguments,
# class attributes overridden per subclass, and __class__ / type() dispatch.
import os
from rpython.rlib.objectmodel import specialize


class Shape(object):
    sides = 0
    name = "shape"

    def __init__(self, size):
        self.size = size

    def area(self):
        return 0

    def describe(self):
        return "%s with %d sides, area %d" % (self.name, self.sides, self.area())


class Square(Shape):
    sides = 4
    name = "square"

    def area(self):
        return self.size * self.size


class Triangle(Shape):
    sides = 3
    name = "triangle"

    def area(self):
        return self.size * self.size / 2


class Hexagon(Shape):
    sides = 6
    name = "hexagon"

    def area(self):
        return 3 * self.size * self.size


REGISTRY = {}
for cls in [Square, Triangle, Hexagon]:
    REGISTRY[cls.name] = cls


def make(name, size):
    cls = REGISTRY[name]
    return cls(size)


@specialize.arg(0)
def make_many(cls, n):
    return [cls(i) for i in range(1, n + 1)]


def count_kind(shapes, cls):
    n = 0
    for s in shapes:
        if isinstance(s, cls):
            n += 1
    return n


def same_class(a, b):
    return a.__class__ is b.__class__


def entry_point(argv):
    shapes = []
    for name in ["square", "triangle", "hexagon", "square"]:
        shapes.append(make(name, 3))
    for s in shapes:
        os.write(1, s.describe() + "\n")
    sq = make_many(Square, 3)
    tr = make_many(Triangle, 2)
    total = 0
    for s in sq:
        total += s.area()
    for t in tr:
        total += t.area()
    os.write(1, "total %d\n" % total)
    os.write(1, "squares %d triangles %d\n" % (count_kind(shapes, Square), count_kind(shapes, Triangle)))
    os.write(1, "%d %d\n" % (same_class(shapes[0], shapes[3]), same_class(shapes[0], shapes[1])))
    kinds = [type(s).__name__ for s in shapes]
    os.write(1, ",".join(kinds) + "\n")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
