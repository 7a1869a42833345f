# What shows a number's kind, on numbers whose kind is known only at run time: arithmetic
# results (int op int is an int), / and //, **, comparisons and hashes by value, %, format,
# f-strings, isinstance, int()/float()/abs()/math, min/max and sum.
import math
import sys


def main():
    c = len(sys.argv) > 5
    vals = [3, 2.5, True, -7, 0.0, 2**31 + 3]
    for v in vals:
        print(v, v + 1, v * 2, v - True, v / 2, v // 2, v % 3, v ** 2, -v, +v, abs(v))
        print(int(v), float(v), math.sqrt(abs(v)), math.floor(v), math.ceil(v), v == 3, v < 2.75, v >= 1)
        print("%s %r %d %5.1f %x|" % (v, v, v, v, int(v)), "{} {:>8} {:.3f} {!r}".format(v, v, v, v))
        print(f"{v} {v!r} {v:10.2e}|", isinstance(v, int), isinstance(v, float), isinstance(v, bool), isinstance(v, (int, float)))
        print(hash(v) == hash(v + 0.0), bool(v), not v)
    a = 7
    if c:
        a = 7.0
    print(a / 2, a // 2, a % 4, a ** -1, a ** 2)
    big = 2**53 + 1
    n = big
    if c:
        n = 1.0
    print(n, n + 1, n == 2**53, n > 2.0**53, n - 1)
    print(max(1, 2.5), max(3, 2.5), min(True, 1), min(1, True), max([1, 2.5, 2]), min(0, -0.0), max(-0.0, 0))
    print(sum([1.5, 2.0]), sum([]), sum([1, 2]), sum([0.5], 1), sum([1, 2.5, True]))
    ws = [1, 2.5, 3]
    ws.sort()
    print(ws, sorted([2, 1.5, True]), 2.5 in ws, ws.index(3), ws.count(1.0))
    total = 0
    for w in ws:
        if w > 10:
            total += w
    print(total, "%.2f" % total, f"{total:5}")
    s = {1, 1.0, True, 2.5}
    print(len(s), sorted(s))
    return 0


if __name__ == "__main__":
    sys.exit(main())
