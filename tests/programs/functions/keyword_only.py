# Keyword-only parameters (after * or *args): bound by name only, with their defaults, in functions,
# lambdas and methods whose overrides have defaults of their own.
import sys


def total(*args, scale=1.0, offset=0):
    s = 0.0
    for a in args:
        s += a
    return s * scale + offset


def pick(items, *, reverse=False, key=None):
    out = sorted(items, reverse=reverse)
    if key is not None:
        out = [key + x for x in out]
    return out


def need(a, *, b):
    return a - b


class Shape:
    def area(self, *, scale=1):
        return 0

    def describe(self, prefix, *, upper=False, sep=": "):
        s = prefix + sep + str(self.area(scale=2))
        return s.upper() if upper else s


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self, *, scale=1):
        return self.side * self.side * scale


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self, *, scale=3):
        return 3 * self.r * self.r * scale


def main():
    print(total(1.5, 2.5), total(1.0, 2.0, scale=2.0), total(offset=5), total(3.0, offset=1, scale=0.5))
    print(pick(["b", "a", "c"]), pick(["b", "a"], reverse=True), pick(["x"], key=">"))
    print(need(5, b=3), need(b=1, a=10))
    shapes = [Square(2), Circle(1)]
    for sh in shapes:
        print(sh.area(), sh.area(scale=10), sh.describe("s"), sh.describe("t", upper=True), sh.describe("u", sep="="))
    f = lambda x, *, y=2: x * y
    print(f(3), f(3, y=4))


main()
