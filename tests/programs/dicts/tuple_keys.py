from __future__ import print_function
import os, sys


def paths(r, c, memo):
    if r == 0 or c == 0:
        return 1
    key = (r, c)
    if key in memo:
        return memo[key]
    v = paths(r - 1, c, memo) + paths(r, c - 1, memo)
    memo[key] = v
    return v


def entry_point(argv):
    grid = {}
    for x in range(3):
        for y in range(3):
            grid[(x, y)] = x * 10 + y
    print(grid[(1, 2)], grid[(2, 0)], (0, 0) in grid, (5, 5) in grid, len(grid))
    named = {("a", 1): "first", ("b", 2): "second"}
    print(named[("b", 2)])
    del grid[(1, 1)]
    print(len(grid), (1, 1) in grid)
    memo = {}
    print(paths(10, 10, memo), len(memo))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
