# python2
from __future__ import print_function
import os, sys


def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    c = [[0.0] * m for i in range(n)]
    for i in range(n):
        for j in range(m):
            s = 0.0
            for t in range(k):
                s += a[i][t] * b[t][j]
            c[i][j] = s
    return c


def det(m):
    n = len(m)
    a = [row[:] for row in m]
    d = 1.0
    for col in range(n):
        pivot = col
        for r in range(col + 1, n):
            if abs(a[r][col]) > abs(a[pivot][col]):
                pivot = r
        if a[pivot][col] == 0.0:
            return 0.0
        if pivot != col:
            a[pivot], a[col] = a[col], a[pivot]
            d = -d
        d *= a[col][col]
        for r in range(col + 1, n):
            f = a[r][col] / a[col][col]
            for c in range(col, n):
                a[r][c] -= f * a[col][c]
    return d


def identity(n):
    return [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]


def entry_point(argv):
    a = [[1.0, 2.0], [3.0, 4.0]]
    b = [[0.5, -1.0], [2.0, 0.25]]
    print(matmul(a, b))
    print(matmul(a, identity(2)) == a)
    print(det(a), det([[2.0, 0.0, 1.0], [1.0, 3.0, 2.0], [1.0, 1.0, 1.0]]), det([[1.0, 2.0], [2.0, 4.0]]))
    h = [[1.0 / (i + j + 1) for j in range(4)] for i in range(4)]
    print(det(h))
    p = identity(3)
    r = [[0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]]
    for i in range(3):
        p = matmul(p, r)
    print(p == identity(3))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
