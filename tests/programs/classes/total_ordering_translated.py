# functools.total_ordering in translated code: the derived comparisons were import-time-only
# builtins, so `a <= b` of two instances was refused; now they are methods of each class.
import functools


@functools.total_ordering
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return "v%d.%d" % (self.major, self.minor)


@functools.total_ordering
class Rank:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __gt__(self, other):
        return self.n > other.n


def main():
    vs = [Version(1, 2), Version(1, 10), Version(0, 9), Version(1, 2)]
    a, b = vs[0], vs[1]
    print(a < b, a <= b, a > b, a >= b, a <= vs[3], a >= vs[3], a != b)
    print(sorted(vs), max(vs), min(vs))
    r1, r2 = Rank(3), Rank(5)
    print(r1 < r2, r1 <= r2, r1 >= r2, r1 > r2, r1 <= Rank(3))


main()
