# python2
# A property that a subclass redefines is looked up on the object's class, as Python does: read
# and set through a variable of the base class (or self in a base method), the subclass's getter
# and setter run. One property shared by the whole family stays a direct call.
class Shape(object):
    def __init__(self, size):
        self._size = size

    def describe(self):
        return "%s area=%d" % (self.name, self.area)

    def _get_area(self):
        return self._size * self._size

    def _set_area(self, v):
        self._size = v

    area = property(_get_area, _set_area)

    def _get_name(self):
        return "shape"

    name = property(_get_name)


class Rect(Shape):
    def _get_area(self):
        return self._size * 2

    def _set_area(self, v):
        self._size = v + 100

    area = property(_get_area, _set_area)
    name = property(lambda self: "rect")


class Square(Rect):
    pass


class Circle(Shape):
    def _area3(self):
        return 3 * self._size * self._size

    area = property(_area3, Shape._set_area)


def make(n):
    if n == 0:
        return Shape(2)
    if n == 1:
        return Rect(2)
    if n == 2:
        return Square(3)
    return Circle(1)


def entry_point(argv):
    for n in range(4):
        s = make(n)
        print s.describe(), s.area
        s.area = 5
        print s.area, s._size, s.name
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
