# args: 1994 2024 3999 4 9 14 40 90 400
from __future__ import print_function
import os, sys

VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
DIGIT = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n):
    out = ""
    for v, s in VALUES:
        while n >= v:
            out += s
            n -= v
    return out


def from_roman(s):
    total = 0
    for i in range(len(s)):
        v = DIGIT[s[i]]
        if i + 1 < len(s) and DIGIT[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


def entry_point(argv):
    for a in argv[1:]:
        n = int(a)
        r = to_roman(n)
        print(n, r, from_roman(r) == n)
    ok = 0
    for n in range(1, 4000):
        if from_roman(to_roman(n)) == n:
            ok += 1
    print(ok)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
