# Range objects as users write them: attributes, slices through a function, random.sample/choice,
# reversed(range(n)), ranges in dicts and tuples, empty and huge ranges (python3 is the oracle).
import random
import sys


class Board:
    def __init__(self, size):
        self.size = size
        self.rows = range(size)
        self.cols = range(size - 1, -1, -1)

    def cells(self):
        return [(r, c) for r in self.rows for c in self.cols if (r + c) % 3 == 0]

    def __repr__(self):
        return "Board(rows=%r, cols=%r)" % (self.rows, self.cols)


def window(seq, lo, hi):
    return seq[lo:hi]


def main():
    n = len(sys.argv) + 5
    b = Board(n)
    print(b, b.cells()[:4])
    r = range(1, 3 * n, 2)
    print(window(r, 2, 5), window(r, -3, None), r[::-2], len(r[100:]), r[100:])
    random.seed(7)
    print(random.sample(range(50), 5), random.choice(range(10, 20)), random.sample([3, 4, 5], 2))
    for i in reversed(range(n)):
        print(i, end=" ")
    print()
    pairs = {i: range(i) for i in range(3)}
    print(pairs, [len(v) for v in pairs.values()])
    t = (range(2), range(3, 5))
    print(t, t[1][0], [list(x) for x in t])
    empty = range(5, 2)
    print(empty, len(empty), bool(empty), list(empty), empty == range(0), not empty)
    if not empty:
        print("empty is falsy")
    big = range(10 ** 12)
    print(len(big), big[-1], 10 ** 11 in big, big[10 ** 6: 10 ** 6 + 3])
    xs = []
    xs.extend(range(3))
    xs += [9]
    print(xs, [*range(3)], tuple(range(2)))
    s = set(range(4)) | {9}
    print(sorted(s))
    it = iter(range(4))
    next(it)
    print(list(it))
    print(range(0, 10, 3).count(6), range(0, 10, 3).index(9), 2.0 in range(3), 2.5 in range(3))
    try:
        range(1, 5, 0)
    except ValueError as e:
        print("ValueError:", e)


if __name__ == "__main__":
    main()
