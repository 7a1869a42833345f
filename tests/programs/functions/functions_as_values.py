from __future__ import print_function
import os, sys


def add(a, b):
    return a + b


def mul(a, b):
    return a * b


def sub(a, b):
    return a - b


OPS = {"+": add, "*": mul, "-": sub}
OPLIST = [add, mul, sub]


def apply(f, a, b):
    return f(a, b)


def fold(f, items, start):
    acc = start
    for x in items:
        acc = f(acc, x)
    return acc


def pick(name):
    if name == "add":
        return add
    return mul


def entry_point(argv):
    print(apply(add, 2, 3), apply(mul, 2, 3))
    print(fold(add, [1, 2, 3, 4], 0), fold(mul, [1, 2, 3, 4], 1), fold(sub, [1, 2], 10))
    for sym in ["+", "*", "-"]:
        print(sym, OPS[sym](7, 3))
    print([f(6, 2) for f in OPLIST])
    g = pick("add")
    print(g(10, 20), pick("other")(10, 20))
    h = add
    h = mul if len(argv) > 5 else h
    print(h(4, 4))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
