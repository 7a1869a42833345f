from __future__ import print_function
import os, sys


def make_grid(w, h):
    g = []
    for y in range(h):
        row = []
        for x in range(w):
            row.append((x + y) % 3)
        g.append(row)
    return g


def transpose(g):
    out = []
    for x in range(len(g[0])):
        out.append([row[x] for row in g])
    return out


def entry_point(argv):
    g = make_grid(4, 3)
    for row in g:
        print(row)
    t = transpose(g)
    print(t)
    g[1][2] = 9
    print(g[1], t[2])
    total = 0
    for row in g:
        for v in row:
            total += v
    print(total)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
