from __future__ import print_function
import os, sys


def entry_point(argv):
    xs = [3, 1, 4, 1, 5, 9, 2, 6]
    print(sum(x * x for x in xs))
    print(max(x % 5 for x in xs), min(-x for x in xs))
    print(any(x > 8 for x in xs), all(x > 0 for x in xs), any(x > 100 for x in xs))
    print(",".join(str(x) for x in xs if x % 2))
    print(list(x + 1 for x in range(3)))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
