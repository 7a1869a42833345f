from __future__ import print_function
import os, sys


def entry_point(argv):
    print([x * x for x in range(6)])
    print([x for x in range(20) if x % 3 == 0])
    print([(x, y) for x in range(3) for y in range(x)])
    print([c.upper() for c in "abc"])
    words = ["a", "bb", "ccc"]
    print([len(w) for w in words if w != "bb"])
    print([[i * j for j in range(3)] for i in range(3)])
    print([x for x in []])
    n = 4
    print([i + n for i in range(n)])
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
