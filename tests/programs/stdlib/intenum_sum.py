# sum() of IntEnum / IntFlag members: each member adds as the int it is (int.__add__), so the
# result is a plain int; a start value, a generator of members, and an empty list.
from enum import IntEnum, IntFlag


class Color(IntEnum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


def main():
    cs = [Color.RED, Color.BLUE]
    print(sum(cs), sum([Color.GREEN] * 5), sum(cs, 10), repr(sum(cs)))
    print(sum([c for c in Color]), sum(c for c in Color if c != Color.GREEN))
    print(sum(list(Perm)), sum([Perm.R, Perm.W], 100))
    empty = [c for c in Color if c > 5]
    print(sum(empty), sum(empty, 7))
    total = sum(cs) + 1
    print(total, total * 2, "%d" % sum(cs))


main()
