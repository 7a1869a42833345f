# python2
# Sets iterate, print and pop in CPython's order: rpy's sets use CPython's table algorithm and its
# hashes for ints, floats and tuples, so printing a set (not only sorted(s)) matches the interpreter.
# (Set displays of constants are built incrementally; see docs/ARCHITECTURE.md.)
from __future__ import print_function
def entry_point(argv):
    s = {3, 1, 2}
    print(s)
    print({10, 100, 1000, 5, 7, 64, 8})
    t = set([40, 20, 30, 8, 16, 24, 32, 1, 100, 200, 9])
    print(t)
    print(sorted(t) == list(t))
    u = set()
    for i in range(30):
        u.add((i * 37) % 101)
    print(u)
    print(list(u))
    u.discard(37)
    u.remove(74)
    print(u)
    print(u.pop(), u.pop(), len(u))
    a = set([1, 2, 3, 4, 5, 50, 60])
    b = set([4, 5, 6, 7, 60, 70])
    print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)
    print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
    c = set(a)
    c.update(b)
    print(c)
    c.intersection_update({1, 60, 70, 99})
    print(c)
    c.difference_update({1})
    print(c)
    c.symmetric_difference_update({5, 60})
    print(c)
    f = {-1, -2, -3, 2 ** 62, 2 ** 61 - 1, 2 ** 61}
    print(f)
    g = {1.5, 2.0, 0.5, 1e20, -3.25}
    print(g)
    h = set([(1, 2), (2, 1), (0, 0), (5, 5)])
    print(h)
    print({x * 3 % 17 for x in range(20)})
    d = {9: 'a', 3: 'b', 1: 'c'}
    print(set(d))
    fs = frozenset([5, 3, 1])
    print(sorted(fs), 3 in fs, len(fs))
    for x in {33, 11, 22}:
        print(x)
    big = set()
    for i in range(1000):
        big.add(i * 7919 % 10007)
    print(sum(list(big)[:10]), len(big))
    for i in range(0, 1000, 3):
        big.discard(i * 7919 % 10007)
    print(list(big)[:10])
    print({True, False}, {0.0, 1.0, 2.5})
    print({4, 5, 6, 7}, {3, 1, 2, 0})
    return 0

def target(*a):
    return entry_point, None
if __name__ == "__main__":
    entry_point([])
