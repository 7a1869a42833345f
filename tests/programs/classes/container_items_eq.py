# ==, !=, < of lists, tuples and dicts holding instances call their class's __eq__ (identity
# first), at any depth; `in`, index, count, remove too. Classes without __eq__ compare by identity.
import sys


class P(object):
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        print("eq %d %d" % (self.x, other.x))
        return self.x == other.x

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return self.x


class Base(object):
    def __init__(self, x):
        self.x = x


class Sub(Base):
    def __eq__(self, other):
        print("sub eq %d %d" % (self.x, other.x))
        return self.x == other.x

    def __hash__(self):
        return self.x


class Q(object):
    def __init__(self, x):
        self.x = x


def pick(n):
    if n > 2:
        return Sub(n)
    return Base(n)


def main(n):
    print([P(1), P(n)] == [P(1), P(2)])
    print((P(1), P(n)) == (P(1), P(2)))
    print((P(1), P(n)) != (P(1), P(3)))
    print(([P(1)], 2) == ([P(1)], n))
    print([(P(1), 1)] == [(P(1), n - 1)])
    print((P(1), 2) < (P(1), 3))
    print(({1: P(1)}, 0) == ({1: P(n - 1)}, 0))
    print({1: [P(1)]} == {1: [P(n - 1)]})
    print(P(2) in (P(1), P(n)))
    print((P(1), 5) in [(P(0), 5), (P(1), 5)])
    t = [(P(1), "a"), (P(n), "b")]
    print(t.index((P(2), "b")), t.count((P(1), "a")))
    t.remove((P(1), "a"))
    print(len(t))
    q = Q(1)
    print((q, 1) == (q, 1), (q, 1) == (Q(1), 1), [[q]] == [[Q(1)]])
    print((pick(3), 1) == (pick(3), 1), (pick(1), 1) == (pick(1), 1))


main(len(sys.argv) + 1)
