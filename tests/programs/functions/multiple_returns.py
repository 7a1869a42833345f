from __future__ import print_function
import os, sys


def divmod_sign(a, b):
    q = a // b
    r = a % b
    return q, r, q < 0


def minmax(items):
    lo = items[0]
    hi = items[0]
    for x in items:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi


def classify(n):
    if n < 0:
        return "neg"
    if n == 0:
        return "zero"
    for d in range(2, n):
        if n % d == 0:
            return "composite"
    return "prime-ish"


def entry_point(argv):
    q, r, neg = divmod_sign(-17, 5)
    print(q, r, neg)
    lo, hi = minmax([4, -2, 9, 0])
    print(lo, hi)
    res = minmax([7])
    print(res, res[0])
    print([classify(n) for n in [-3, 0, 1, 2, 9, 13]])
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
