# Python 3 range objects (range_rules.cpp, lib/std/_rpy_range.py): printing, ==, slicing, len/in/index/count,
# reversed, iteration, a range in a dict, a tuple and an instance, module-level ranges, against python3.
import sys


def describe(r):
    return "%s len=%d" % (r, len(r))


def main():
    n = len(sys.argv) + 4
    r = range(n)
    print(r, [r], (r, 1), {1: r}, str(r), repr(r), "%s" % (r,), describe(r))
    print(len(r), r[1], r[-1], 3 in r, 7 in r, bool(r), bool(range(0)), list(r), sorted(r), sum(r), min(r), max(r), tuple(r))
    print(list(reversed(r)), r == range(0, n), r != range(1, 5), range(0) == range(2, 2), r == [0, 1, 2, 3, 4])
    print(r[1:], r[::2], r[::-1], r[-2:], r[1:3], range(10, 0, -3)[1:], list(range(10, 0, -3)[::-1]))
    for i, x in enumerate(r):
        print(i, x, end=" ")
    print()
    for x in r:
        print(x, end=" ")
    print()
    print(list(zip(r, r)), list(map(str, r)), [x * 2 for x in r], set(r), r.index(3), r.count(2), r.count(9))
    print(r.start, r.stop, r.step, range(1, 10, 2))
    a, b, c, d, e = r
    print(a, e)
    if r:
        print("yes")
    d = {"a": range(3), "b": range(1, 3)}
    print(d, d["a"] == range(0, 3))
    s = range(2, 20, 3)
    print(s, list(s), len(s), s[2], 11 in s, 12 in s, s.index(11))
    try:
        print(r[10])
    except IndexError as ex:
        print("IndexError", ex)
    try:
        print(s.index(12))
    except ValueError as ex:
        print("ValueError", ex)
    print(hash(range(0, 5)) == hash(range(5)), range(0, 5, 2) == range(0, 6, 2))
    t = range(n, 0, -1)
    print(t, list(t), [x for x in t if x % 2])


main()
