# python2
# A namedtuple subclass with methods, a property and a class constant in a Python 2 program
# (refused before session 16): the repr names the typename given to namedtuple().
import sys
from collections import namedtuple


class Interval(namedtuple("Iv", "lo hi")):
    __slots__ = ()
    UNIT = 1

    def width(self):
        return self.hi - self.lo

    def contains(self, x):
        return self.lo <= x < self.hi

    def split(self):
        mid = (self.lo + self.hi) / 2
        return [Interval(self.lo, mid), Interval(mid, self.hi)]

    @property
    def empty(self):
        return self.width() < self.UNIT


def entry_point(argv):
    iv = Interval(0, 9)
    parts = iv.split()
    print iv, iv.width(), iv.contains(3), iv.contains(9), iv.empty
    print parts, [p.width() for p in parts], Interval(4, 4).empty
    total = 0
    for p in parts:
        for q in p.split():
            total += q.width()
    print total, type(iv).__name__, iv == (0, 9)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
