# args: 8
from __future__ import print_function
import os, sys


def solve(n, row, cols, d1, d2):
    if row == n:
        return 1
    count = 0
    for c in range(n):
        if cols[c] or d1[row + c] or d2[row - c + n - 1]:
            continue
        cols[c] = d1[row + c] = d2[row - c + n - 1] = True
        count += solve(n, row + 1, cols, d1, d2)
        cols[c] = d1[row + c] = d2[row - c + n - 1] = False
    return count


def queens(n):
    return solve(n, 0, [False] * n, [False] * (2 * n), [False] * (2 * n))


def entry_point(argv):
    n = int(argv[1])
    for k in range(1, n + 1):
        print(k, queens(k))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
