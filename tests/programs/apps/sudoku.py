from __future__ import print_function
import os, sys

PUZZLE = ("530070000"
          "600195000"
          "098000060"
          "800060003"
          "400803001"
          "700020006"
          "060000280"
          "000419005"
          "000080079")


def ok(g, pos, d):
    r = pos // 9
    c = pos % 9
    for i in range(9):
        if g[r * 9 + i] == d or g[i * 9 + c] == d:
            return False
    br = r // 3 * 3
    bc = c // 3 * 3
    for i in range(3):
        for j in range(3):
            if g[(br + i) * 9 + bc + j] == d:
                return False
    return True


def solve(g, counter):
    for pos in range(81):
        if g[pos] == 0:
            for d in range(1, 10):
                if ok(g, pos, d):
                    g[pos] = d
                    counter[0] += 1
                    if solve(g, counter):
                        return True
                    g[pos] = 0
            return False
    return True


def entry_point(argv):
    g = [int(c) for c in PUZZLE]
    counter = [0]
    print(solve(g, counter), counter[0])
    for r in range(9):
        print("".join([str(d) for d in g[r * 9:r * 9 + 9]]))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
