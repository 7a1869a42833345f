# python2
# A class the program tests for but never instantiates (`x.__class__ is C`, `type(x) is C`,
# `C == type(x)`, `!=`, `is not`, isinstance): as in RPython, the test gives the class its place
# in the hierarchy, so a method or field only it defines, read through the base class in code the
# test guards, is accepted; the test is simply False at run time. Classic and new-style classes.
import sys


class Value:
    pass


class Int(Value):
    def __init__(self, n):
        self.n = n


class Cell(Value):
    def __init__(self, content):
        self.content = content

    def get(self):
        return self.content


class Node(object):
    def describe(self):
        return "node"


class Leaf(Node):
    def __init__(self, v):
        self.v = v


class Branch(Node):  # never instantiated
    def __init__(self, kids):
        self.kids = kids

    def width(self):
        return len(self.kids)


class Pair(Node):  # never instantiated
    def __init__(self, a):
        self.a = a

    def first(self):
        return self.a


class Quad(Node):  # never instantiated
    def size(self):
        return 4


class Other(Node):  # never instantiated
    def other(self):
        return "other"


def is_cell(v):
    return v.__class__ is Cell


def show(v):
    if is_cell(v):
        return "(cell " + show(v.get()) + ")"
    if isinstance(v, Int):
        return str(v.n)
    return "?"


def node_info(n):
    out = []
    if type(n) is Branch:
        out.append("branch %d" % n.width())
    if Pair == type(n):
        out.append("pair %d" % n.first())
    if n.__class__ != Quad:
        out.append("not quad")
    else:
        out.append("quad %d" % n.size())
    if not (type(n) is not Other):
        out.append(n.other())
    if isinstance(n, Branch):
        out.append("isinstance branch")
    out.append(n.describe())
    return " ".join(out)


def entry_point(argv):
    values = [Int(len(argv) * 7), Value()]
    for v in values:
        print show(v), is_cell(v), v.__class__ is Cell, v.__class__ is not Cell
    nodes = [Leaf(1), Node(), Leaf(len(argv))]
    for n in nodes:
        print node_info(n), type(n) is Branch, type(n) == Pair, isinstance(n, Quad)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    entry_point(sys.argv)
