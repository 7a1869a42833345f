# enum in translated code: members are prebuilt instances; Color(value), Color['NAME'],
# `for c in Color`, len(Color) and `c in Color` call the metaclass's methods with the class
# (one copy per enum class), members as dict keys, in lists, sorted, compared by identity;
# methods, properties and __init__ of a tuple value; the ValueError and KeyError of bad lookups.
import sys
from enum import Enum, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return self.name.lower() + "!"


class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    TRIANGLE = auto()


class Planet(Enum):
    EARTH = (5.976e+24, 6.37814e6)
    MARS = (6.421e+23, 3.3972e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


def main(argv):
    n = len(argv)
    c = Color(n)
    print(c, repr(c), c.describe(), c.name, c.value)
    print(Color['GREEN'], Color[argv[0][:0] + 'BLUE'])
    for x in Color:
        print(x.name, x.value, x is c)
    print(len(Color), c in Color, Color.CRIMSON is Color.RED)
    print([p.mass for p in Planet], [round(p.gravity, 2) for p in Planet])
    print(Planet.MARS.radius, Planet.EARTH, repr(Planet.MARS))
    for k in range(5):
        try:
            print(Color(k))
        except ValueError as e:
            print("ValueError:", e)
    try:
        Color['NONE' + argv[0][:0]]
    except KeyError as e:
        print("KeyError", e)
    names = [k.name for k in sorted(Color, key=lambda k: -k.value)]
    print(names, list(Color))
    counts = {}
    for word in ["RED", "BLUE", "RED", "GREEN", "RED"]:
        col = Color[word]
        counts[col] = counts.get(col, 0) + 1
    for col in Color:
        print(col, counts[col])
    print(Shape(2), Shape(n + 2), [s.value for s in Shape], Shape.CIRCLE == Shape(1), Shape.CIRCLE != Shape.SQUARE)
    print(f"{Color.RED} and {Shape.TRIANGLE!r}")
    return 0


main(sys.argv)
