# Ranges kept in variables, attributes and module constants, passed to functions, sliced, iterated.
import sys

R = range(2, 9, 3)
ROWS = [range(3), range(1, 4)]


def total(xs):
    t = 0
    for x in xs:
        t += x
    return t


class Grid(object):
    def __init__(self, w):
        self.cols = range(w)

    def show(self):
        for c in self.cols:
            print(c, end=",")
        print(self.cols, len(self.cols))


def main():
    n = len(sys.argv)
    print(R, list(R), ROWS, R[1])
    print(total(range(n + 3)), total(range(2, 6)))
    g = Grid(n + 2)
    g.show()
    r = range(n, 10)
    print(5 in r, 5 in range(n, 4), r == range(1, 10), r[2:5] == range(3, 6))
    evens = r[::2]
    print(evens, [e for e in evens], sum(evens))
    it = iter(range(3))
    print(next(it), next(it))
    print(" ".join(str(i) for i in range(n, 5)))
    idx = range(len("hello"))
    print([("hello"[i], i) for i in idx][:2], len(idx))
    print(max(range(n, 7), key=lambda v: -v), list(filter(lambda v: v % 2, range(7))))


main()
