# python2
# Python 2 spellings of the object protocol: `/` calls __div__ (two ints floor), __nonzero__ is
# the truth test, __len__ when a class has no __nonzero__, a classic class, class methods.
import sys


class Money(object):
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, o):
        return Money(self.cents + o.cents)

    def __radd__(self, n):
        return Money(self.cents + n)

    def __div__(self, n):
        return Money(self.cents / n)

    def __mul__(self, n):
        return Money(self.cents * n)

    def __neg__(self):
        return Money(-self.cents)

    def __nonzero__(self):
        return self.cents != 0

    def __str__(self):
        return "%d.%02d" % (self.cents // 100, self.cents % 100)

    @classmethod
    def zero(cls):
        return cls(0)


class Stack:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def push(self, x):
        self.items.append(x)


def entry_point(argv):
    m = Money(1050) + Money(225)
    print m, m / 3, m * 2, -m, 5 + m
    total = Money.zero()
    for c in [100, 250, 5]:
        total += Money(c)
    print total
    if not Money.zero():
        print "zero is false"
    if total:
        print "total is true"
    s = Stack()
    print "empty" if not s else "full"
    s.push(1)
    print "empty" if not s else "full", len(s), bool(s)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
