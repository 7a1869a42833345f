# A field of a frozen dataclass assigned after __init__: Python raises FrozenInstanceError there.
from dataclasses import dataclass


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0


def main():
    p = Point(1)
    p.x = 5
    print(p)


main()
