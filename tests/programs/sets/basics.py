from __future__ import print_function
import os, sys


def entry_point(argv):
    s = set()
    for x in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
        s.add(x)
    print(len(s), sorted(s), 4 in s, 7 in s, 7 not in s)
    s.remove(4)
    s.discard(100)
    s.discard(1)
    print(sorted(s))
    try:
        s.remove(100)
    except KeyError:
        print("remove missing: KeyError")
    t = set([5, 6, 7, 8])
    print(sorted(s | t), sorted(s & t), sorted(s - t), sorted(t - s))
    words = set("the cat and the hat and the bat".split())
    print(sorted(words), len(words))
    e = set()
    print(len(e), bool(e), bool(s))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
