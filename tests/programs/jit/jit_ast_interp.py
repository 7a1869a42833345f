# An AST interpreter in the style of real RPython interpreters: statement and expression nodes
# with an eval method per class (method calls with many targets), a JitDriver in the loop of a
# While node over its body (the node itself green), variables in a frame dict looked up by name,
# user-level exceptions (a Raise node) raised inside nested calls and caught by a Try node in an
# outer loop, break out of a loop by an exception, and a Call node that evaluates a function body
# in a new frame (the portal runs again inside itself).
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver, promote, elidable


class UserError(Exception):
    def __init__(self, value):
        self.value = value


class BreakLoop(Exception):
    pass


class Frame(object):
    def __init__(self):
        self.vars = {}
        self.out = []

    def get(self, name):
        return self.vars.get(name, 0)

    def set(self, name, v):
        self.vars[name] = v


class Node(object):
    def eval(self, frame):
        raise NotImplementedError

    def execute(self, frame):
        self.eval(frame)


class Num(Node):
    _immutable_fields_ = ["v"]

    def __init__(self, v):
        self.v = v

    def eval(self, frame):
        return self.v


class Var(Node):
    _immutable_fields_ = ["name"]

    def __init__(self, name):
        self.name = name

    def eval(self, frame):
        return frame.get(self.name)


class BinOp(Node):
    _immutable_fields_ = ["op", "left", "right"]

    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def eval(self, frame):
        a = self.left.eval(frame)
        b = self.right.eval(frame)
        op = self.op
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        if op == "%":
            if b == 0:
                raise UserError(a)
            return a % b
        if op == "/":
            return a // b
        if op == "<":
            return 1 if a < b else 0
        if op == "==":
            return 1 if a == b else 0
        raise ValueError(op)


class Assign(Node):
    _immutable_fields_ = ["name", "expr"]

    def __init__(self, name, expr):
        self.name = name
        self.expr = expr

    def eval(self, frame):
        v = self.expr.eval(frame)
        frame.set(self.name, v)
        return v


class Print(Node):
    def __init__(self, expr):
        self.expr = expr

    def eval(self, frame):
        v = self.expr.eval(frame)
        frame.out.append(str(v))
        return v


class Block(Node):
    _immutable_fields_ = ["body[*]"]

    def __init__(self, body):
        self.body = body

    def eval(self, frame):
        r = 0
        for stmt in self.body:
            r = stmt.eval(frame)
        return r


class If(Node):
    def __init__(self, cond, then, orelse):
        self.cond = cond
        self.then = then
        self.orelse = orelse

    def eval(self, frame):
        if self.cond.eval(frame) != 0:
            return self.then.eval(frame)
        return self.orelse.eval(frame)


def get_location(node):
    return "while " + node.label


driver = JitDriver(greens=["node"], reds=["frame", "count"], get_printable_location=get_location)


class While(Node):
    _immutable_fields_ = ["cond", "body", "label"]

    def __init__(self, label, cond, body):
        self.label = label
        self.cond = cond
        self.body = body

    def eval(self, frame):
        count = 0
        node = self
        while True:
            driver.jit_merge_point(node=node, frame=frame, count=count)
            if node.cond.eval(frame) == 0:
                break
            try:
                node.body.eval(frame)
            except BreakLoop:
                break
            count += 1
        return count


class Break(Node):
    def eval(self, frame):
        raise BreakLoop()


class Raise(Node):
    def __init__(self, expr):
        self.expr = expr

    def eval(self, frame):
        raise UserError(self.expr.eval(frame))


class Try(Node):
    def __init__(self, body, name, handler):
        self.body = body
        self.name = name
        self.handler = handler

    def eval(self, frame):
        try:
            return self.body.eval(frame)
        except UserError as e:
            frame.set(self.name, e.value)
            return self.handler.eval(frame)


FUNCS = {}


@elidable
def find_func(name):
    return FUNCS[name]


class Call(Node):
    _immutable_fields_ = ["fname", "arg"]

    def __init__(self, fname, arg):
        self.fname = fname
        self.arg = arg

    def eval(self, frame):
        v = self.arg.eval(frame)
        body = find_func(promote(self.fname))
        inner = Frame()
        inner.set("x", v)
        r = body.eval(inner)
        frame.out.extend(inner.out)
        return inner.get("ret") + r * 0


def B(*stmts):
    return Block(list(stmts))


def entry_point(argv):
    n = 120
    if len(argv) > 1:
        n = int(argv[1])
    # collatz(x): steps of x's sequence to 1, in a while loop of its own; raises for x % 97 == 13
    FUNCS["collatz"] = B(
        If(BinOp("==", BinOp("%", Var("x"), Num(97)), Num(13)), Raise(BinOp("*", Var("x"), Num(10))), Num(0)),
        Assign("ret", Num(0)),
        While("collatz", BinOp("<", Num(1), Var("x")), B(
            If(BinOp("%", Var("x"), Num(2)),
               Assign("x", BinOp("+", BinOp("*", Var("x"), Num(3)), Num(1))),
               Assign("x", Call("half", Var("x")))),
            Assign("ret", BinOp("+", Var("ret"), Num(1))))))
    # the halving: a call to half(x), which also runs a short loop of its own
    half_loop = While("half", BinOp("<", Num(0), Var("y")), B(
        Assign("y", BinOp("-", Var("y"), Num(2))),
        Assign("k", BinOp("+", Var("k"), Num(1)))))
    FUNCS["half"] = B(Assign("ret", BinOp("/", Var("x"), Num(2))), Assign("y", BinOp("%", Var("x"), Num(8))),
                      half_loop)
    main = B(
        Assign("i", Num(1)), Assign("total", Num(0)), Assign("errors", Num(0)),
        While("main", BinOp("<", Var("i"), Num(n)), B(
            Try(B(Assign("total", BinOp("+", Var("total"), Call("collatz", Var("i"))))),
                "e", B(Assign("errors", BinOp("+", Var("errors"), Var("e"))))),
            Try(Assign("z", BinOp("%", Var("i"), BinOp("%", Var("i"), Num(5)))), "e",
                Assign("errors", BinOp("+", Var("errors"), Num(1)))),
            If(BinOp("==", Var("i"), Num(n - 3)), Break(), Num(0)),
            If(BinOp("==", BinOp("%", Var("i"), Num(25)), Num(0)), Print(Var("total")), Num(0)),
            Assign("i", BinOp("+", Var("i"), Num(1))))),
        Print(Var("total")), Print(Var("errors")), Print(Var("i")))
    frame = Frame()
    r = main.eval(frame)
    print(" ".join(frame.out), r)
    try:
        Call("collatz", Num(13)).eval(Frame())
    except UserError as e:
        print("uncaught", e.value)
    print(get_location(half_loop))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
