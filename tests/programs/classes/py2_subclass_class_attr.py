# python2
import sys

# A class attribute that only subclasses define, read through their base (RPython moves it up to
# the base): values set in the class bodies and set on the classes at import time (as
# `for c in Base.__subclasses__(): c.name = c.__name__`), exception classes and plain ones; an
# instance of the base itself has none: reading it raises AttributeError, as in Python.


class Failure(Exception):
    pass


class NotFound(Failure):
    code = 404

    def __init__(self, what):
        self.what = what


class Denied(Failure):
    code = 403

    def __init__(self, what):
        self.what = what


class Teapot(Denied):
    code = 418


for _c in [NotFound, Denied, Teapot]:
    _c.name = _c.__name__


class Shape(object):
    def area(self):
        return 0


class Square(Shape):
    sides = 4
    label = "square"

    def __init__(self, n):
        self.n = n

    def area(self):
        return self.n * self.n


class Triangle(Shape):
    sides = 3
    label = "triangle"

    def area(self):
        return 1


def fail(k):
    if k == 0:
        raise NotFound("page")
    if k == 1:
        raise Denied("door")
    raise Teapot("tea")


def make(k):
    if k % 2:
        return Square(k)
    return Triangle()


def entry_point(argv):
    for k in range(3 + len(argv) - 1):
        try:
            fail(k)
        except Failure as e:
            print e.name, e.code
    shapes = [make(k) for k in range(4)]
    for s in shapes:
        print s.label, s.sides, s.area()
    shapes.append(Shape())
    for s in shapes:
        try:
            print s.sides,
        except AttributeError:
            print "AttributeError"
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
