"""Dicts keyed by tuples: Conway's Game of Life on a 128 x 128 torus, the
live cells kept in a dict {(x, y): age}, the neighbour counts of each
generation in a dict {(x, y): count}; a random soup (from a linear
congruential generator) runs for N generations.  Prints the population,
the oldest cell and a checksum of the final board.

    python3 dict_tuples.py N
"""
import sys

SIZE = 128
NEIGHBOURS = [(-1, -1), (0, -1), (1, -1), (-1, 0), (1, 0), (-1, 1), (0, 1), (1, 1)]


class Random(object):
    """A linear congruential generator (the constants of Numerical Recipes)."""

    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1664525 + 1013904223) % 4294967296
        return (self.state >> 8) % n


def soup(rng):
    cells = {}
    for y in range(SIZE):
        for x in range(SIZE):
            if rng.next(100) < 35:
                cells[(x, y)] = 0
    return cells


def step(cells):
    counts = {}
    for (x, y) in cells:
        for (dx, dy) in NEIGHBOURS:
            key = ((x + dx) % SIZE, (y + dy) % SIZE)
            counts[key] = counts.get(key, 0) + 1
    new_cells = {}
    for key, count in counts.items():
        if count == 3:
            new_cells[key] = cells.get(key, -1) + 1
        elif count == 2 and key in cells:
            new_cells[key] = cells[key] + 1
    return new_cells


def main(generations):
    cells = soup(Random(7))
    history = []
    for _ in range(generations):
        cells = step(cells)
        history.append(len(cells))
    oldest = (-1, (0, 0))
    checksum = 0
    for (x, y), age in sorted(cells.items()):
        checksum = (checksum * 31 + x * SIZE + y + age) % 1000000007
        if age > oldest[0]:
            oldest = (age, (x, y))
    print("%d generations: %d cells, oldest %d at %r, checksum %d"
          % (generations, len(cells), oldest[0], oldest[1], checksum))
    print("population every 10 generations: %s" % " ".join([str(p) for p in history[::10]]))


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
