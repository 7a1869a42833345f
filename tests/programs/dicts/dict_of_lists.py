# python2
from __future__ import print_function
import os, sys


def group(words):
    groups = {}
    for w in words:
        key = w[0]
        if key not in groups:
            groups[key] = []
        groups[key].append(w)
    return groups


def entry_point(argv):
    g = group(["apple", "bob", "avocado", "cat", "banana", "axe"])
    for k in g:
        print(k, g[k])
    inv = {}
    for k, words in g.items():
        for w in words:
            inv[w] = k
    print(inv["axe"], inv["cat"])
    nested = {"outer": {"inner": 1}}
    nested["outer"]["other"] = 2
    print(nested)
    lst = g.setdefault("z", [])
    lst.append("zoo")
    print(g["z"])
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
