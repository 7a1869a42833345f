from __future__ import print_function
import os, sys


class Shape(object):
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0

    def report(self):
        return self.name + ": " + str(self.area())


class Rect(Shape):
    def __init__(self, w, h):
        Shape.__init__(self, "rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h * 1.0


class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r

    def area(self):
        return 3.0 * self.r * self.r


class Square(Rect):
    def __init__(self, s):
        Rect.__init__(self, s, s)
        self.name = "square"


def entry_point(argv):
    shapes = [Rect(2, 3), Circle(1.5), Square(4), Shape("point")]
    total = 0.0
    for s in shapes:
        print(s.report())
        total += s.area()
    print(total)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
