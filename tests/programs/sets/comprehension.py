from __future__ import print_function
import os, sys


def entry_point(argv):
    sq = {x * x % 7 for x in range(20)}
    print(sorted(sq))
    chars = {c for c in "hello world" if c != " "}
    print(sorted(chars))
    seen = set()
    dups = []
    for x in [1, 2, 3, 2, 4, 1, 5]:
        if x in seen:
            dups.append(x)
        seen.add(x)
    print(dups)
    lit = {10, 20, 10, 30}
    print(len(lit), sorted(lit))
    u = set(["a", "b"])
    u.update(["b", "c"])
    print(sorted(u))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
