# A collections.namedtuple class used in translated code: refused, saying what to write instead.
from collections import namedtuple

Point = namedtuple("Point", "x y")
ORIGIN = Point(0, 0)


def main():
    p = Point(1, 2)
    print(p.x + ORIGIN.y)


main()
