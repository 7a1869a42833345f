# enum while a script is imported: members, aliases, auto(), IntEnum and StrEnum, the class's
# protocols through its metaclass (iteration, len, in, [], call, reversed, repr), unique, the
# functional form, __init__ spread over a tuple value, and the errors Python raises.
import enum
from enum import Enum, IntEnum, auto, unique

OUT = []


def p(*a):
    OUT.append(" ".join(str(x) for x in a))


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    ALIAS = 1

    def describe(self):
        return self.name.lower()


p(repr(Color.RED), str(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color['BLUE'], Color.ALIAS)
p(list(Color), len(Color), Color.RED in Color, repr(Color), Color.__members__)
p(f"{Color.RED}", format(Color.RED), "%s" % Color.RED, hash(Color.RED) == hash('RED'))


class N(IntEnum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


p(repr(N.A), str(N.A), N.A + 1, N.B == 2, f"{N.B}", N(2), list(N), N.D.value)
try:
    Color(7)
except ValueError as e:
    p(e)
try:
    Color['X']
except KeyError as e:
    p(repr(e))
try:
    @unique
    class D(Enum):
        A = 1
        B = 1
        C = 2
        E = 2
except ValueError as e:
    p(e)


class S(enum.StrEnum):
    X = auto()
    Y = 'why'


p(repr(S.X), str(S.X), S.X == 'x', S('why'), S.Y.upper())
F = Enum('F', 'ONE TWO')
p(list(F), F.TWO.value, repr(F))
G = Enum('G', [('a', 5), ('b', 6)])
p(list(G), G(6))


class Planet(Enum):
    EARTH = (5.976e+24, 6.37814e6)
    MARS = (6.421e+23, 3.3972e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


p(Planet.MARS.mass, Planet.EARTH.value, Planet.MARS, round(Planet.EARTH.gravity, 3))
try:
    Color.RED < Color.BLUE
except TypeError as e:
    p(e)
p(Color.RED is Color(1), Color.RED == Color.RED, Color.RED != Color.BLUE, isinstance(Color.RED, Color), type(Color.RED))
p({Color.RED: 'r'}[Color.RED], sorted(Color, key=lambda c: c.value, reverse=True), Color.RED.describe())
p(list(reversed(Color)), bool(Color), Color._member_names_, N.__members__['A'], 'ALIAS' in Color.__members__)


class A(Enum):
    X = 'x'
    Y = 'y'

    @classmethod
    def parse(cls, text):
        return cls(text.lower())


p(repr(A.X), A('x'), A.parse('Y'), [m.value for m in A], isinstance(A.X, Enum), issubclass(A, Enum))
print("\n".join(OUT))
