# A small Lisp in the style of real RPython interpreters: an AST of W objects evaluated
# recursively, environments as linked objects searched by an @unroll_safe lookup, closures, and a
# `loop` form whose while loop is the JIT's portal (reds='auto'; greens: the body expression and
# a float), entered again inside itself for nested loops, with recursive calls in its body.
from __future__ import print_function
import sys
from rpython.rlib import jit


class W(object):
    pass


class Num(W):
    def __init__(self, v):
        self.v = v


class Sym(W):
    def __init__(self, name):
        self.name = name


class Pair(W):
    def __init__(self, car, cdr):
        self.car = car
        self.cdr = cdr


class Lambda(W):
    def __init__(self, params, body, env):
        self.params = params
        self.body = body
        self.env = env


class Env(object):
    def __init__(self, names, values, parent):
        self.names = names
        self.values = values
        self.parent = parent

    @jit.unroll_safe
    def lookup(self, name):
        e = self
        while e is not None:
            for i in range(len(e.names)):
                if e.names[i] == name:
                    return e.values[i]
            e = e.parent
        raise KeyError(name)


def loc(expr, scale):
    return "loop %s" % scale


driver = jit.JitDriver(greens=["expr", "scale"], reds="auto", get_printable_location=loc)


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
        lst = None
        for it in reversed(items):
            lst = Pair(it, lst)
        return lst, pos + 1
    if t[0].isdigit() or (t[0] == "-" and len(t) > 1):
        return Num(int(t)), pos + 1
    return Sym(t), pos + 1


def nth(p, n):
    while n > 0:
        p = p.cdr
        n -= 1
    return p.car


def evaluate(x, env):
    if isinstance(x, Num):
        return x
    if isinstance(x, Sym):
        return env.lookup(x.name)
    assert isinstance(x, Pair)
    head = x.car
    if isinstance(head, Sym):
        n = head.name
        if n == "if":
            c = evaluate(nth(x, 1), env)
            assert isinstance(c, Num)
            return evaluate(nth(x, 2) if c.v != 0 else nth(x, 3), env)
        if n == "lambda":
            params = []
            p = nth(x, 1)
            while p is not None:
                s = p.car
                assert isinstance(s, Sym)
                params.append(s.name)
                p = p.cdr
            return Lambda(params, nth(x, 2), env)
        if n == "loop":  # (loop var count scale body): sums body over var = 0..count-1
            var = nth(x, 1)
            assert isinstance(var, Sym)
            cnt = evaluate(nth(x, 2), env)
            assert isinstance(cnt, Num)
            sc = nth(x, 3)
            assert isinstance(sc, Num)
            body = nth(x, 4)
            i = 0
            total = 0.0
            scale = float(sc.v) / 4.0
            while i < cnt.v:
                driver.jit_merge_point(expr=body, scale=scale)
                r = evaluate(body, Env([var.name], [Num(i)], env))
                assert isinstance(r, Num)
                total += r.v * scale
                i += 1
            return Num(int(total))
        if n in ("+", "-", "*", "<", "%"):
            a = evaluate(nth(x, 1), env)
            b = evaluate(nth(x, 2), env)
            assert isinstance(a, Num) and isinstance(b, Num)
            if n == "+":
                return Num(a.v + b.v)
            if n == "-":
                return Num(a.v - b.v)
            if n == "*":
                return Num(a.v * b.v)
            if n == "%":
                return Num(a.v % b.v)
            return Num(1 if a.v < b.v else 0)
    f = evaluate(head, env)
    assert isinstance(f, Lambda)
    args = []
    p = x.cdr
    while p is not None:
        args.append(evaluate(p.car, env))
        p = p.cdr
    return evaluate(f.body, Env(f.params, args, f.env))


def entry_point(argv):
    n = 300
    if len(argv) > 1:
        n = int(argv[1])
    progs = ["((lambda (fib) (loop i N 4 (fib fib (% i 12)))) (lambda (self k) (if (< k 2) k (+ (self self (- k 1)) (self self (- k 2))))))",
             "(loop j 5 2 (loop i N 6 (* i j)))",
             "((lambda (sq) (loop i N 1 (sq (- i 7)))) (lambda (v) (* v v)))"]
    for src in progs:
        expr, _ = parse(tokenize(src.replace("N", str(n))), 0)
        r = evaluate(expr, Env([], [], None))
        assert isinstance(r, Num)
        print(r.v)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
