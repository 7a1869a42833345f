# [c] * n and n * [c] build n copies in one allocation: every item kind, zero and non-zero
# constants, negative and zero counts, and the lists stay independent and growable.
import sys


class Node(object):
    def __init__(self, v):
        self.v = v


def sizes():
    return [0, 1, 3, -2, 7]


def main():
    for n in sizes():
        a = [0] * n
        b = n * [1]
        c = [0.0] * n
        d = [-0.0] * n
        e = [2.5] * n
        f = [None] * n
        g = [False] * n
        h = [True] * n
        s = ["ab"] * n
        t = [(1, "x")] * n
        print(n, a, b, c, d, e, f, g, h, s, t)
        a.append(9)
        b.append(8)
        print(a, b, len(a), len(b))
        if n > 0:
            a[0] = 5
            f[n - 1] = Node(n)
            print(a, f[n - 1].v, f[0] is None or n == 1)
    floats = [0] * 3 + [0.5]   # a list of floats built from an int constant
    floats[1] = 1.5
    print(floats[0] + floats[1], floats[3])
    k = len(sys.argv) + 2
    grid = [[0] * k for _ in range(k)]
    grid[1][2] = 4
    print(grid)
    try:
        x = [1] * 2
        print(x[2])
    except IndexError as ex:
        print("IndexError", ex)
    stack = []
    for i in range(100):
        stack.append(i * i)
    total = 0
    while stack:
        total += stack.pop()
    print(total)
    try:
        stack.pop()
    except IndexError as ex:
        print("IndexError", ex)


if __name__ == '__main__':
    main()
