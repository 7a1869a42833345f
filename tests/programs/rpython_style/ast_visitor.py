# python2
# AST classes with visitor methods, as RPython language implementations write them.
import os


class Node(object):
    def accept(self, visitor):
        raise NotImplementedError


class Num(Node):
    _immutable_fields_ = ['value']

    def __init__(self, value):
        self.value = value

    def accept(self, visitor):
        return visitor.visit_Num(self)


class BinOp(Node):
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def accept(self, visitor):
        return visitor.visit_BinOp(self)


class Var(Node):
    def __init__(self, name):
        self.name = name

    def accept(self, visitor):
        return visitor.visit_Var(self)


class Let(Node):
    def __init__(self, name, value, body):
        self.name = name
        self.value = value
        self.body = body

    def accept(self, visitor):
        return visitor.visit_Let(self)


class Visitor(object):
    def visit_Num(self, node):
        raise NotImplementedError

    def visit_BinOp(self, node):
        raise NotImplementedError

    def visit_Var(self, node):
        raise NotImplementedError

    def visit_Let(self, node):
        raise NotImplementedError


class Printer(Visitor):
    def __init__(self):
        self.parts = []

    def visit_Num(self, node):
        self.parts.append(str(node.value))

    def visit_BinOp(self, node):
        self.parts.append("(")
        node.left.accept(self)
        self.parts.append(" %s " % node.op)
        node.right.accept(self)
        self.parts.append(")")

    def visit_Var(self, node):
        self.parts.append(node.name)

    def visit_Let(self, node):
        self.parts.append("let %s = " % node.name)
        node.value.accept(self)
        self.parts.append(" in ")
        node.body.accept(self)

    def result(self):
        return "".join(self.parts)


class Env(object):
    def __init__(self, name, value, parent):
        self.name = name
        self.value = value
        self.parent = parent

    def lookup(self, name):
        env = self
        while env is not None:
            if env.name == name:
                return env.value
            env = env.parent
        raise KeyError(name)


class Evaluator(Visitor):
    def __init__(self):
        self.env = None
        self.stack = []

    def pop(self):
        return self.stack.pop()

    def visit_Num(self, node):
        self.stack.append(node.value)

    def visit_BinOp(self, node):
        node.left.accept(self)
        node.right.accept(self)
        r = self.pop()
        l = self.pop()
        if node.op == '+':
            self.stack.append(l + r)
        elif node.op == '-':
            self.stack.append(l - r)
        elif node.op == '*':
            self.stack.append(l * r)
        elif node.op == '/':
            if r == 0:
                raise ZeroDivisionError
            self.stack.append(l // r)
        else:
            assert False, "unknown op"

    def visit_Var(self, node):
        if self.env is None:
            raise KeyError(node.name)
        self.stack.append(self.env.lookup(node.name))

    def visit_Let(self, node):
        node.value.accept(self)
        old = self.env
        self.env = Env(node.name, self.pop(), old)
        try:
            node.body.accept(self)
        finally:
            self.env = old


class Counter(Visitor):
    def __init__(self):
        self.counts = {}
        self.total = 0

    def bump(self, kind):
        self.counts[kind] = self.counts.get(kind, 0) + 1
        self.total += 1

    def visit_Num(self, node):
        self.bump('num')

    def visit_BinOp(self, node):
        self.bump('binop')
        node.left.accept(self)
        node.right.accept(self)

    def visit_Var(self, node):
        self.bump('var')

    def visit_Let(self, node):
        self.bump('let')
        node.value.accept(self)
        node.body.accept(self)


def build(n):
    tree = Num(1)
    for i in range(n):
        if i % 3 == 0:
            tree = BinOp('+', tree, Num(i))
        elif i % 3 == 1:
            tree = Let('x%d' % i, tree, BinOp('*', Var('x%d' % i), Num(2)))
        else:
            tree = BinOp('-', tree, Num(1))
    return tree


def entry_point(argv):
    tree = build(7)
    p = Printer()
    tree.accept(p)
    os.write(1, p.result() + "\n")
    ev = Evaluator()
    tree.accept(ev)
    os.write(1, "value: %d\n" % ev.pop())
    c = Counter()
    tree.accept(c)
    keys = c.counts.keys()
    keys.sort()
    for k in keys:
        os.write(1, "%s=%d\n" % (k, c.counts[k]))
    os.write(1, "nodes: %d\n" % c.total)
    try:
        Var('nope').accept(Evaluator())
    except KeyError:
        os.write(1, "unbound\n")
    try:
        BinOp('/', Num(1), Num(0)).accept(Evaluator())
    except ZeroDivisionError:
        os.write(1, "div by zero\n")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
