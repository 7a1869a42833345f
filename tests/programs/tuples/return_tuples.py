from __future__ import print_function
import os, sys


def stats(xs):
    lo = hi = xs[0]
    total = 0
    for x in xs:
        lo = min(lo, x)
        hi = max(hi, x)
        total += x
    return lo, hi, total, total * 1.0 / len(xs)


def split_name(full):
    i = full.find(" ")
    if i < 0:
        return full, ""
    return full[:i], full[i + 1:]


def entry_point(argv):
    lo, hi, tot, mean = stats([3, 9, -2, 6])
    print(lo, hi, tot, mean)
    r = stats([5])
    print(r)
    for n in ["Ada Lovelace", "Plato", "Guido van Rossum"]:
        first, rest = split_name(n)
        print("[" + first + "]", "[" + rest + "]")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
