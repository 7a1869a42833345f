from __future__ import print_function
import os, sys


class Expr(object):
    def accept(self, v):
        raise NotImplementedError


class Lit(Expr):
    def __init__(self, n):
        self.n = n

    def accept(self, v):
        return v.visit_lit(self)


class BinOp(Expr):
    def __init__(self, op, a, b):
        self.op = op
        self.a = a
        self.b = b

    def accept(self, v):
        return v.visit_binop(self)


class Evaluator(object):
    def visit_lit(self, e):
        return e.n

    def visit_binop(self, e):
        x = e.a.accept(self)
        y = e.b.accept(self)
        if e.op == "+":
            return x + y
        if e.op == "-":
            return x - y
        return x * y


class Counter(object):
    def __init__(self):
        self.lits = 0
        self.ops = 0

    def visit_lit(self, e):
        self.lits += 1
        return 0

    def visit_binop(self, e):
        self.ops += 1
        e.a.accept(self)
        e.b.accept(self)
        return 0


def entry_point(argv):
    e = BinOp("*", BinOp("+", Lit(2), Lit(3)), BinOp("-", Lit(10), Lit(4)))
    print(e.accept(Evaluator()))
    c = Counter()
    e.accept(c)
    print(c.lits, c.ops)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
