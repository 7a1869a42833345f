from __future__ import print_function
import os, sys


def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            out.append([items[i]] + p)
    return out


def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]


def entry_point(argv):
    ps = permutations([1, 2, 3])
    print(len(ps), ps)
    print(len(permutations([1, 2, 3, 4, 5, 6])))
    print(subsets(["a", "b", "c"]))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
