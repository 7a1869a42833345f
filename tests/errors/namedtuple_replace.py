# p._replace(z=3) of a field the namedtuple lacks always raises ValueError, and a missing field: each refused by name.
from collections import namedtuple

Point = namedtuple("Point", "x y")


def main():
    p = Point(1, 2)
    print(p._replace(z=3), p.z)


main()
