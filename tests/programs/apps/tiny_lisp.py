from __future__ import print_function
import os, sys


class Obj(object):
    def show(self):
        raise NotImplementedError


class Int(Obj):
    def __init__(self, v):
        self.v = v

    def show(self):
        return str(self.v)


class Sym(Obj):
    def __init__(self, name):
        self.name = name

    def show(self):
        return self.name


class List(Obj):
    def __init__(self, items):
        self.items = items

    def show(self):
        return "(" + " ".join([i.show() for i in self.items]) + ")"


class Lambda(Obj):
    def __init__(self, params, body, env):
        self.params = params
        self.body = body
        self.env = env

    def show(self):
        return "<lambda>"


class Env(object):
    def __init__(self, parent):
        self.vars = {}
        self.parent = parent

    def lookup(self, name):
        e = self
        while e is not None:
            if name in e.vars:
                return e.vars[name]
            e = e.parent
        raise KeyError(name)


def tokenize(s):
    return s.replace("(", " ( ").replace(")", " ) ").split()


def parse(tokens, pos):
    t = tokens[pos]
    if t == "(":
        items = []
        pos += 1
        while tokens[pos] != ")":
            item, pos = parse(tokens, pos)
            items.append(item)
        return List(items), pos + 1
    try:
        return Int(int(t)), pos + 1
    except ValueError:
        return Sym(t), pos + 1


def as_int(o):
    assert isinstance(o, Int)
    return o.v


def evaluate(x, env):
    if isinstance(x, Int):
        return x
    if isinstance(x, Sym):
        return env.lookup(x.name)
    assert isinstance(x, List)
    head = x.items[0]
    if isinstance(head, Sym):
        n = head.name
        if n == "if":
            c = as_int(evaluate(x.items[1], env))
            return evaluate(x.items[2] if c else x.items[3], env)
        if n == "define":
            s = x.items[1]
            assert isinstance(s, Sym)
            env.vars[s.name] = evaluate(x.items[2], env)
            return s
        if n == "lambda":
            ps = x.items[1]
            assert isinstance(ps, List)
            names = []
            for p in ps.items:
                assert isinstance(p, Sym)
                names.append(p.name)
            return Lambda(names, x.items[2], env)
        if n in ("+", "-", "*", "<", "="):
            a = as_int(evaluate(x.items[1], env))
            b = as_int(evaluate(x.items[2], env))
            if n == "+":
                return Int(a + b)
            if n == "-":
                return Int(a - b)
            if n == "*":
                return Int(a * b)
            if n == "<":
                return Int(1 if a < b else 0)
            return Int(1 if a == b else 0)
    f = evaluate(head, env)
    assert isinstance(f, Lambda)
    new = Env(f.env)
    for i in range(len(f.params)):
        new.vars[f.params[i]] = evaluate(x.items[i + 1], env)
    return evaluate(f.body, new)


PROGRAM = [
    "(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
    "(fact 10)",
    "(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
    "(fib 15)",
    "(define compose (lambda (f g) (lambda (x) (f (g x)))))",
    "((compose (lambda (x) (* x 2)) (lambda (x) (+ x 1))) 20)",
    "(quote-me)",
]


def entry_point(argv):
    env = Env(None)
    for src in PROGRAM:
        expr, pos = parse(tokenize(src), 0)
        try:
            print(expr.show()[:40], "=>", evaluate(expr, env).show())
        except KeyError:
            print(expr.show(), "=> unbound symbol")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
