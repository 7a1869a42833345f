# @classmethod: called through the class, through an instance and through cls inside another
# class method; cls(...) builds the class the call went through; @staticmethod and a property
# with a setter.
import sys


class Shape:
    sides = 0

    def __init__(self, size):
        self.size = size

    @classmethod
    def unit(cls):
        return cls(1)

    @classmethod
    def scaled(cls, k):
        s = cls.unit()
        s.size *= k
        return s

    @classmethod
    def describe(cls):
        return "%s with %d sides" % (cls.__name__, cls.sides)

    @staticmethod
    def area_of(w, h):
        return w * h

    @property
    def double(self):
        return self.size * 2

    @double.setter
    def double(self, v):
        self.size = v // 2


class Square(Shape):
    sides = 4


class Triangle(Shape):
    sides = 3


def main():
    a = Shape.unit()
    b = Square.scaled(5)
    c = Triangle(2)
    print(type(a).__name__, a.size, type(b).__name__, b.size)
    print(Shape.describe(), Square.describe(), c.describe(), b.describe())
    print(Shape.area_of(3, 4), c.area_of(2, 5))
    c.double = 14
    print(c.double, c.size)
    return 0


if __name__ == '__main__':
    sys.exit(main())
