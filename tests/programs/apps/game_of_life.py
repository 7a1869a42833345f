from __future__ import print_function
import os, sys

W = 10
H = 8


def step(grid):
    new = [[False] * W for y in range(H)]
    for y in range(H):
        for x in range(W):
            n = 0
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    if dx == 0 and dy == 0:
                        continue
                    if grid[(y + dy) % H][(x + dx) % W]:
                        n += 1
            new[y][x] = n == 3 or (n == 2 and grid[y][x])
    return new


def show(grid):
    for row in grid:
        print("".join(["#" if c else "." for c in row]))


def entry_point(argv):
    grid = [[False] * W for y in range(H)]
    for x, y in [(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)]:
        grid[y][x] = True
    for gen in range(4):
        grid = step(grid)
    show(grid)
    for gen in range(36):
        grid = step(grid)
    alive = 0
    for row in grid:
        for c in row:
            if c:
                alive += 1
    print("alive after 40 generations:", alive)
    show(grid)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
