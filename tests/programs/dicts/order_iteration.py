# python2
from __future__ import print_function
import os, sys


def entry_point(argv):
    d = {}
    for w in ["zebra", "apple", "mango", "kiwi", "banana"]:
        d[w] = len(w)
    for k in d:
        print(k, d[k])
    del d["mango"]
    d["mango"] = 0
    d["apple"] = 100
    print(list(d.keys()))
    print(list(d.values()))
    print(list(d.items()))
    n = {}
    for i in range(20, 0, -3):
        n[i] = i * i
    print(list(n.keys()))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
