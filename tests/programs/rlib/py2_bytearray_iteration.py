# python2
# Python 2's bytearray iterates as ints too (for loops, comprehensions, sum/list/max...), and
# os.write() takes it as it takes a str.
from __future__ import print_function
import os
import sys


def entry_point(argv):
    b = bytearray(b"\x01\x02\x03")
    print(len(b))
    print(sum(b), list(b), max(b), min(b), sorted(b, reverse=True))
    print([x * 2 for x in b], tuple(b), any(b), all(b))
    t = 0
    for x in b:
        t += x
    print(t)
    g = bytearray(b"abcd")
    seen = []
    for x in g:
        seen.append(x)
        if len(seen) < 3:
            g[len(seen)] = x + 10
    print(seen, str(g))
    for i, x in enumerate(bytearray(b"hi")):
        print(i, x, chr(x))
    print(os.write(1, bytearray(b"written\n")))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
