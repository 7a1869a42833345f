# python2
import os, sys


class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def describe(self):
        return "%s with %d sides" % (self.name, self.sides)


class Triangle(Shape):
    sides = 3


class Square(Shape):
    sides = 4

    def describe(self):
        return Shape.describe(self) + " (all equal)"


def entry_point(argv):
    for s in [Shape("blob"), Triangle("tri"), Square("sq")]:
        print s.describe()
    print isinstance(Square("x"), Shape), Square.sides, Triangle("t").sides
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
