from __future__ import print_function
import os, sys


def rpn(tokens):
    stack = []
    for t in tokens:
        if t == "+":
            b = stack.pop()
            a = stack.pop()
            stack.append(a + b)
        elif t == "-":
            b = stack.pop()
            a = stack.pop()
            stack.append(a - b)
        elif t == "*":
            b = stack.pop()
            a = stack.pop()
            stack.append(a * b)
        else:
            stack.append(int(t))
    return stack[-1]


def bfs_order(n):
    queue = [1]
    out = []
    while queue:
        x = queue.pop(0)
        if x > n:
            continue
        out.append(x)
        queue.append(2 * x)
        queue.append(2 * x + 1)
    return out


def entry_point(argv):
    print(rpn("3 4 + 2 *".split()))
    print(rpn("5 1 2 + 4 * + 3 -".split()))
    print(bfs_order(12))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
