from __future__ import print_function
import os, sys


def collect(x, acc=[]):
    acc.append(x)
    return len(acc)


def tally(word, counts={}):
    counts[word] = counts.get(word, 0) + 1
    return counts[word]


def entry_point(argv):
    print(collect(1), collect(2), collect(3, []), collect(4))
    print(tally("a"), tally("b"), tally("a"), tally("a"))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
