# Instantiating a class that still has abstract methods (abc.ABC, metaclass=ABCMeta, an abstract
# property): TypeError with python3.11's message, in translated code and through a class value.
# Before: the instance was made silently (a wrong answer: the except clause never ran).
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name}: {self.area():.2f}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class NamedSquare(Square):
    @property
    def name(self):
        return "square"


class Plugin(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        pass


class Hello(Plugin):
    def run(self):
        return "hello"


def make(k, arg):
    print("making", k.__name__, arg)
    return k(arg)


for cls in [Square, NamedSquare]:
    try:
        sq = make(cls, 3)
        print(sq.describe())
    except TypeError as e:
        print("TypeError:", e)
for p in [Hello, Plugin]:
    try:
        print(p().run())
    except TypeError as e:
        print("TypeError:", e)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
from abc import ABC, abstractmethod
class E(ABC):
    @abstractmethod
    def f(self): ...
class F(E):
    pass
try:
    E()
except TypeError as e:
    print("TE", e)
try:
    F()
except TypeError as e:
    print("TE", e)
X = None  # module level of a script: translated code
try:
    X = E()
except TypeError as e:
    print("import-time TE", e)
