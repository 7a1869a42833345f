# python2
# Set operators, methods and conversions, printed directly: the results' order is CPython's.
# (Also a regression test: a set built from a list once got a temporary named like a string constant.)
from __future__ import print_function
def entry_point(argv):
    a = set([1, 2, 3, 40])
    b = set([3, 4, 40, 99])
    c = set(a)
    c |= b
    print(c)
    c &= set([1, 3, 99, 7])
    print(c)
    c -= set([3])
    print(c)
    c ^= set([1, 5, 9])
    print(c)
    print(a <= c, a < a, a == set([40, 3, 2, 1]), 2 in a, 7 not in a, len(a), bool(set()), bool(a))
    print(sorted(a), min(a), max(a), sum(a), list(a))
    print(sorted(set("hello")), len(set("mississippi")))
    pts = set([(1, 2), (3, 4)])
    for x, y in sorted(pts):
        print(x + y)
    print(set([x % 7 for x in range(50)]))
    d = {}
    d["k"] = set([5, 1])
    d["k"].add(3)
    print(d["k"])
    words = set(["b", "a"])
    print(sorted(words), "a" in words)
    e = set()
    print(e, len(e))
    e.add(1)
    e.clear()
    print(e)
    try:
        e.pop()
    except KeyError:
        print("empty pop")
    try:
        a.remove(100)
    except KeyError as ex:
        print("KeyError", ex)
    f = frozenset([3, 2])
    print(f == frozenset([2, 3]), sorted(f | a))
    print(a.issubset(c), a.issuperset(set([1])), a.isdisjoint(set([77])))
    g = a.copy()
    g.update([100, 200, 300, 7])
    print(g)
    print(a.union([9, 8, 64]))
    return 0

def target(*a):
    return entry_point, None
if __name__ == "__main__":
    entry_point([])
