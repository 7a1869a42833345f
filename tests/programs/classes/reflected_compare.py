# A comparison whose left operand does not define the method calls the right operand's reflected
# method (a < b is b.__gt__(a)), after evaluating a then b; == with neither falls back to identity.
import sys


class Base:
    def __init__(self, v):
        self.v = v


class Plain(Base):
    pass


class Ordered(Base):

    def __gt__(self, other):
        print("Ordered.__gt__", self.v)
        return self.v > other.v

    def __lt__(self, other):
        print("Ordered.__lt__", self.v)
        return self.v < other.v

    def __ge__(self, other):
        return self.v >= other.v

    def __le__(self, other):
        return self.v <= other.v

    def __eq__(self, other):
        print("Ordered.__eq__", self.v)
        return self.v == other.v

    def __hash__(self):
        return self.v


class OnlyGt:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return "OnlyGt(%d)" % self.v


def make_plain(v):
    print("make Plain", v)
    return Plain(v)


def make_ordered(v):
    print("make Ordered", v)
    return Ordered(v)


a = Plain(len(sys.argv))
b = Ordered(2)
print(a < b)
print(a > b)
print(a <= b)
print(a >= b)
print(a == b)
print(a != b)
print(a == a, a != a, a == Plain(1))
print(Plain(3) < make_ordered(5))
print(make_plain(1) < make_ordered(0))
print(make_plain(4) == make_ordered(4), 7 < make_ordered(0).v)
items = [OnlyGt(3), OnlyGt(1), OnlyGt(2)]
print(sorted(items))
print(min(items), max(items))
items.sort()
print(items)
print(OnlyGt(1) < OnlyGt(2), OnlyGt(2) > OnlyGt(1))
