from __future__ import print_function
import os, sys


class Tree(object):
    def __init__(self, v, l, r):
        self.v = v
        self.l = l
        self.r = r


def walk(t, depth):
    # recursive generator flattening: yields (value, depth)
    stack = [(t, depth)]
    while stack:
        node, d = stack.pop()
        if node is None:
            continue
        yield node.v, d
        stack.append((node.r, d + 1))
        stack.append((node.l, d + 1))


def pairs(n):
    for i in range(n):
        for j in range(i + 1, n):
            yield i, j


def entry_point(argv):
    t = Tree(1, Tree(2, Tree(4, None, None), None), Tree(3, None, Tree(5, None, None)))
    for v, d in walk(t, 0):
        print(v, d)
    print(list(pairs(4)))
    g1 = pairs(3)
    g2 = pairs(3)
    print(next(g1), next(g1), next(g2))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
