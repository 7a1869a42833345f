# namedtuple methods not translated yet (_replace) and a missing field: each refused by name.
from collections import namedtuple

Point = namedtuple("Point", "x y")


def main():
    p = Point(1, 2)
    print(p._replace(x=3), p.z)


main()
