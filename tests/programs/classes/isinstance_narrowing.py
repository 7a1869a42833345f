from __future__ import print_function
import os, sys


class Node(object):
    pass


class Num(Node):
    def __init__(self, v):
        self.v = v


class Add(Node):
    def __init__(self, l, r):
        self.l = l
        self.r = r


class Neg(Node):
    def __init__(self, e):
        self.e = e


def evaluate(n):
    if isinstance(n, Num):
        return n.v
    elif isinstance(n, Add):
        return evaluate(n.l) + evaluate(n.r)
    elif isinstance(n, Neg):
        return -evaluate(n.e)
    raise ValueError("unknown node")


def show(n):
    if isinstance(n, Num):
        return str(n.v)
    if isinstance(n, Add):
        return "(" + show(n.l) + " + " + show(n.r) + ")"
    assert isinstance(n, Neg)
    return "-" + show(n.e)


def entry_point(argv):
    tree = Add(Num(3), Neg(Add(Num(4), Num(-10))))
    print(show(tree), "=", evaluate(tree))
    items = [Num(1), Add(Num(1), Num(2)), Neg(Num(5))]
    print([isinstance(i, Num) for i in items], [isinstance(i, (Add, Neg)) for i in items])
    try:
        evaluate(Node())
    except ValueError:
        print("unknown node rejected")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
