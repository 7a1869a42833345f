# `...` as a body: abstract methods, protocol stubs and placeholders do nothing when run.
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    def describe(self):
        return type(self).__name__ + " " + str(self.area())


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


def later():
    ...


def main():
    later()
    print(later())
    print(Square(3).describe())
    for i in range(2):
        ...
    print("done")


main()
