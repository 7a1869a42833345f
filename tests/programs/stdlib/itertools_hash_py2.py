# python2
# An RPython program using reduce (the builtin and functools'), itertools, hash() of tuples and
# list searches through __eq__: Python 2.7's results.
import functools
import itertools
from collections import Counter

SEEN = Counter()


class Key(object):
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return isinstance(other, Key) and self.a == other.a and self.b == other.b

    def __hash__(self):
        return self.a * 31 + self.b


def add(x, y):
    return x + y


def entry_point(argv):
    n = len(argv)
    print reduce(add, [n, 2, 3]), functools.reduce(lambda s, c: s + c, ["a", "b"], ">"), reduce(max, [1.5, n * 2.0])
    try:
        reduce(add, [])
    except TypeError as e:
        print "TypeError", e
    print list(itertools.izip_longest([1, 2, 3], [n], fillvalue=-1))
    print list(itertools.islice(itertools.count(n), 4)), list(itertools.chain([n], [2, 3]))
    print list(itertools.combinations("abcd", 2)), list(itertools.product([n, 2], "xy"))
    for k, g in itertools.groupby([1, 1, 2, 3, 3, 3]):
        print k, list(g)
    print hash((n, 2)), hash(("ab", n, 1.5)), hash(((n,), "z")), hash(())
    keys = [Key(1, 2), Key(n, 5)]
    print Key(1, 2) in keys, Key(2, 1) in keys, keys.index(Key(n, 5)), keys.count(Key(1, 2))
    print hash((Key(1, 2), 3)), hash((Key(n, 0),))
    for w in ["x", "y", "x"]:
        SEEN[w] += n
    print SEEN, SEEN.most_common(1)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
