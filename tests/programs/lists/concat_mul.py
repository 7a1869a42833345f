from __future__ import print_function
import os, sys


def entry_point(argv):
    a = [1, 2]
    b = [3]
    c = a + b
    print(c, a, b)
    a += [5, 6]
    print(a)
    print([0] * 5, [1, 2] * 3, [7] * 0, [] * 4, 2 * [8])
    n = len(argv) + 3
    z = [None] * n
    print(len(z), z[0] is None)
    grid = [[0] * 3 for i in range(2)]
    grid[0][1] = 5
    print(grid)
    shared = [[0] * 2] * 2
    shared[0][0] = 1
    print(shared)
    words = ["x"] * 3
    words[1] = "y"
    print(words)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
