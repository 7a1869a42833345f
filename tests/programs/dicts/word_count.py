from __future__ import print_function
import os, sys

TEXT = """the quick brown fox jumps over the lazy dog the fox
and the dog sleep while the quick fox runs"""


def count(text):
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return counts


def entry_point(argv):
    c = count(TEXT)
    items = []
    for w, n in c.items():
        items.append((-n, w))
    items.sort()
    for negn, w in items[:5]:
        print(w, -negn)
    print(len(c))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
