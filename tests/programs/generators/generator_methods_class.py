from __future__ import print_function
import os, sys


class Grid(object):
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = [0] * (w * h)

    def coords(self):
        for y in range(self.h):
            for x in range(self.w):
                yield x, y

    def neighbours(self, x, y):
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx == 0 and dy == 0:
                    continue
                nx = x + dx
                ny = y + dy
                if 0 <= nx < self.w and 0 <= ny < self.h:
                    yield nx, ny


def entry_point(argv):
    g = Grid(3, 2)
    print(list(g.coords()))
    print(list(g.neighbours(0, 0)))
    print(len(list(g.neighbours(1, 1))))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
