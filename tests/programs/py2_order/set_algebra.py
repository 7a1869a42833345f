# python2
# Set algebra in Python 2 programs, each computed as CPython 2.7 does (the result's order depends
# on it): | copies the left set and merges the right, & iterates the smaller set, - keeps the
# left set's order into a new set,
# ^ copies the right set and updates it with the left, the in-place forms, copies.


def entry_point(argv):
    a = set(range(0, 40, 3))
    b = set(range(0, 60, 8))
    c = set([1, 9, 17, 25, 33, 41, 49, 57, 65])
    print a | b, b | a
    print a & b, b & a, a & c
    print a - b, b - a, c - a
    print a ^ b, b ^ a, a ^ c
    print a.union(b), a.union([100, 8, 108, 16]), a.intersection(b), a.intersection(set([9, 1, 3, 24, 6, 33]))
    print a.difference(b), a.difference(set([0, 3, 6, 9])), a.symmetric_difference(b), a.symmetric_difference(set([1, 2, 3]))
    x = set(a)
    x |= c
    print x
    x &= set(range(0, 100, 2))
    print x
    x -= set([0, 30])
    print x
    x ^= set([8, 16, 31, 47])
    print x
    y = a.copy()
    y.update([64, 72, 80, 88, 96])
    print y
    y.intersection_update(set([96, 88, 0, 3, 80, 999]))
    print y
    y.difference_update(set([0]))
    print y
    y.symmetric_difference_update(set([1, 2, 3, 88]))
    print y
    big = set(range(100))
    big.difference_update(set(range(0, 100, 2)))
    print big
    big -= set(range(1, 100, 4))
    print big
    w = set(['apple', 'pear', 'fig', 'kiwi', 'lime', 'plum'])
    v = set(['fig', 'date', 'lime', 'yuzu'])
    print w | v, w & v, w - v, w ^ v
    print a <= b, set([0, 24]) <= b, b > set([8]), a.isdisjoint(c), a.issubset(a | b)
    z = frozenset([3, 11, 19])
    print sorted(z), list(z)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
