# Unpacking an iterator: a, b = map(int, line.split()), x, y, z = (genexp), first, *rest = gen(): refused before ('cannot unpack iterator'); n items and one more are read, as Python reads them
import sys


def noisy(n):
    for i in range(n):
        print("yield", i)
        yield i * 10


def main():
    a, b = map(int, "3 4".split())
    x, y, z = (int(p) for p in "1-2-3".split("-"))
    u, v = noisy(2)
    print(a + b, x, y, z, u, v)
    try:
        p, q = noisy(5)
    except ValueError as e:
        print("ValueError", e)
    try:
        p, q, r = noisy(2)
    except ValueError as e:
        print("ValueError", e)
    first, *rest = noisy(3)
    print(first, rest)
    *init, last = map(str, range(4))
    print(init, last)
    (k, w), n = zip("ab", [1, 2])
    print(k, w, n)
    for line in ["7 8", "9 10"]:
        lo, hi = map(int, line.split())
        print(lo * hi)
    key, val = filter(None, ["", "k", "", "v"])
    print(key, val)


main()
