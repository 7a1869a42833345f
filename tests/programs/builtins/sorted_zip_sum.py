from __future__ import print_function
import os, sys


def entry_point(argv):
    xs = [5, 3, 8, 1]
    ys = ["e", "c", "h", "a"]
    print(sorted(xs), xs, sorted(xs, reverse=True), sorted(ys), sorted([]))
    for a, b in zip(xs, ys):
        print(a, b)
    print(list(zip([1, 2, 3], ["x", "y"])), list(zip([], [1])))
    print(sum(xs), sum([]), sum(xs, 100), sum([0.5, 0.25]))
    pairs = list(zip(xs, ys))
    pairs.sort()
    print(pairs)
    print(sorted(["bb", "a", "ccc"], key=len))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
