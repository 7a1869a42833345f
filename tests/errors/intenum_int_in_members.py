# `2 in [C.A, C.B]`: Python compares each member as its int; rpy cannot convert the items of a
# list of members, so it refuses rather than answer False.
from enum import IntEnum


class C(IntEnum):
    A = 1
    B = 2


def main():
    print(2 in [C.A, C.B])


main()
