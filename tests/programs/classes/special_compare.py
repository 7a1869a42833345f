# Comparisons call the special methods the program's classes define (a == b is a.__eq__(b));
# Python 3's != inverts __eq__ when the class has no __ne__; classes without them compare by
# identity; subclasses inherit them.
import sys


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __le__(self, other):
        return self.cents <= other.cents

    def __gt__(self, other):
        return self.cents > other.cents

    def __ge__(self, other):
        return self.cents >= other.cents


class Tipped(Money):
    def tip(self):
        return self.cents // 10


class Plain:
    def __init__(self, v):
        self.v = v


class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, o):
        return (self.major, self.minor) == (o.major, o.minor)

    def __ne__(self, o):
        print("Version.__ne__")
        return not self == o


def pick(flag):
    return Tipped(100) if flag else Money(100)


def main():
    a, b, c = Money(100), Money(100), Money(250)
    print(a == b, a != b, a == c, a != c, a is b)
    print(a < c, a <= b, c > a, b >= c, a < b)
    t = Tipped(100)
    print(t == a, t != a, a == t, t.tip())
    for flag in (True, False):
        m = pick(flag)
        print(flag, m == Money(99), m != Money(100))
    p, q = Plain(1), Plain(1)
    print(p == q, p != q, p == p)
    v1, v2 = Version(1, 2), Version(1, 2)
    print(v1 == v2, v1 != v2, v1 != Version(2, 0))
    best = a
    for m in [Money(5), Money(700), Money(30)]:
        if m > best:
            best = m
    print(best.cents)
    return 0


if __name__ == "__main__":
    sys.exit(main())
