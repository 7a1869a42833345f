# A namedtuple subclass's own methods, properties, static and class methods and class constants
# (refused before session 16): called with the tuple as self, one graph per receiver class.
from collections import namedtuple
import math


class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    SCALE = 10

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scaled(self, k=2):
        return Vec(self.x * k, self.y * k)

    @property
    def length(self):
        return math.sqrt(self.norm2())

    @staticmethod
    def origin():
        return Vec(0, 0)

    @classmethod
    def unit(cls):
        return cls(1, 0)

    def describe(self):
        return "Vec %d,%d |%d|" % (self.x, self.y, self.norm2()) + " scale " + str(self.SCALE)


class Card(namedtuple("Card", ["rank", "suit"])):
    def label(self):
        return "%s of %s" % (self.rank, self.suit)


def main():
    v = Vec(3, 4)
    w = v.add(Vec(1, 1)).scaled()
    print(v, w, v.norm2(), v.length, w.scaled(k=3))
    print(Vec.origin(), Vec.unit(), v.describe())
    x, y = w
    print(x, y, w[0], len(w), w == Vec(8, 10), type(w).__name__)
    cards = [Card(r, s) for s in ("hearts", "spades") for r in ("A", "K")]
    print([c.label() for c in cards])
    print(sorted(cards)[0].label(), cards[1]._replace(suit="clubs").label())


main()
