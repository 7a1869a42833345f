# A namedtuple subclass with a special method of its own (__repr__ changes how the tuple prints):
# refused by name (methods, properties and class constants are supported), saying what to write
# instead.
from collections import namedtuple


class P(namedtuple("P", "x y")):
    def norm(self):
        return abs(self.x) + abs(self.y)

    def __repr__(self):
        return "P<%d, %d>" % self


print(P(1, -2).norm())
