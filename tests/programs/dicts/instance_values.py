# python2
from __future__ import print_function
import os, sys


class Entry(object):
    def __init__(self, name, score):
        self.name = name
        self.score = score


def entry_point(argv):
    table = {}
    for name, score in [("ann", 3), ("bob", 7), ("cy", 5)]:
        table[name] = Entry(name, score)
    table["bob"].score += 10
    best = None
    for k in table:
        e = table[k]
        if best is None or e.score > best.score:
            best = e
    if best is not None:
        print(best.name, best.score)
    print([table[k].score for k in table])
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
