# A named tuple and a plain tuple in one variable: refused (they print differently).
import sys
from collections import namedtuple

Point = namedtuple("Point", "x y")


def main():
    p = Point(1, 2) if len(sys.argv) > 3 else (1, 2)
    print(p)


main()
