# python2
import sys

# Class attributes set on each direct subclass with `for c in Base.__subclasses__()` at import
# time (the direct subclasses alive, in creation order), then read through the base in translated
# code; a grandchild inherits its parent's value. Refused before ("C.__subclasses__() is not
# supported"); before that the loop ran over [] and the program failed.


class Problem(Exception):
    def describe(self):
        return "%s(%d)" % (self.code, self.weight)


class Missing(Problem):
    pass


class Invalid(Problem):
    pass


class Overflow(Invalid):
    pass


class Timeout(Problem):
    pass


for _i, _c in enumerate(Problem.__subclasses__()):
    _c.code = _c.__name__.upper()
    _c.weight = 10 * (_i + 1)

ORDER = [c.__name__ for c in Problem.__subclasses__()]
INVALID_SUBS = [c.__name__ for c in Invalid.__subclasses__()]


def check(n):
    if n == 0:
        raise Missing()
    if n == 1:
        raise Invalid()
    if n == 2:
        raise Overflow()
    raise Timeout()


def entry_point(argv):
    print " ".join(ORDER), "|", " ".join(INVALID_SUBS)
    for n in range(4):
        try:
            check(n)
        except Problem as e:
            print n, e.describe()
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
