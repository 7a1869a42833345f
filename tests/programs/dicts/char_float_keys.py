# python2
from __future__ import print_function
import os, sys


def entry_point(argv):
    freq = {}
    for c in "mississippi":
        freq[c] = freq.get(c, 0) + 1
    print(freq)
    fk = {0.5: "half", 1.0: "one", 2.5: "two and a half"}
    print(fk[0.5], fk[1.0], 2.5 in fk, 3.0 in fk)
    bk = {True: "yes", False: "no"}
    print(bk[1 > 0], bk[1 < 0])
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
