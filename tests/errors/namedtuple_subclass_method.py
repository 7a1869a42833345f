# A namedtuple subclass with a method of its own: refused by name (translated code supports namedtuple
# classes without methods so far), saying what to write instead.
from collections import namedtuple


class P(namedtuple("P", "x y")):
    def norm(self):
        return abs(self.x) + abs(self.y)


print(P(1, -2).norm())
