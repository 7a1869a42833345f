# python2
# C.__name__ of a class, and cls.__name__ where cls is a constant class (an argument of a
# function specialized per class, as RPython's specialize.arg does), or one of several classes.
from rpython.rlib.objectmodel import specialize


class Shape(object):
    sides = 0


class Square(Shape):
    sides = 4


class Triangle(Shape):
    sides = 3


@specialize.arg(0)
def build(cls, label):
    obj = cls()
    return obj, cls.__name__ + ":" + label


def describe(shape_cls):
    # a class value that may be either class
    return "%s has %d sides" % (shape_cls.__name__, shape_cls.sides)


def entry_point(argv):
    sq, name1 = build(Square, "a")
    tr, name2 = build(Triangle, "b")
    print name1, name2, sq.sides + tr.sides
    print Shape.__name__, Square.__name__
    for c in [Square, Triangle]:
        print describe(c)
    k = Square
    if len(argv) > 5:
        k = Triangle
    print k.__name__, type(tr).__name__
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
