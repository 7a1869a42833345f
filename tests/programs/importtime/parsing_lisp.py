# python2
# rpython.rlib.parsing at import time and at run time: a small Lisp whose grammar (with comments,
# x? and >x< marks) is read while the module is imported; its prelude is parsed and turned into
# the program's own objects at import time too (prebuilt trees, tokens and source positions in
# the binary), the rest at run time; errors carry their source positions.
from rpython.rlib.parsing.ebnfparse import parse_ebnf, make_parse_function
from rpython.rlib.parsing.parsing import ParseError
from rpython.rlib.parsing.tree import Nonterminal, Symbol

GRAMMAR = r"""
# tokens
IGNORE: "[ \t\n]+|;[^\n]*";
INTEGER: "-?[0-9]+";
SYMBOL: "[a-zA-Z+\-*/<=>!?][a-zA-Z0-9+\-*/<=>!?]*";
# productions
program: sexpr* EOF;
sexpr: <list> | <quoted> | <atom>;
quoted: ["'"] sexpr;
list: ["("] >items<? [")"];
items: sexpr+ dotted?;
dotted: ["."] sexpr;
atom: <INTEGER> | <SYMBOL>;
"""

regexs, rules, ToAST = parse_ebnf(GRAMMAR)
parse = make_parse_function(regexs, rules, eof=True)
RULE_NAMES = [rule.nonterminal for rule in rules]


class Obj(object):
    def show(self):
        raise NotImplementedError


class Int(Obj):
    def __init__(self, value):
        self.value = value

    def show(self):
        return str(self.value)


class Sym(Obj):
    def __init__(self, name):
        self.name = name

    def show(self):
        return self.name


class Pair(Obj):
    def __init__(self, car, cdr):
        self.car = car
        self.cdr = cdr

    def show(self):
        parts = []
        obj = self
        while isinstance(obj, Pair):
            parts.append(obj.car.show())
            obj = obj.cdr
        if obj is not NIL:
            parts.append(".")
            parts.append(obj.show())
        return "(" + " ".join(parts) + ")"


NIL = Sym("()")


def build(node):
    if isinstance(node, Symbol):
        if node.symbol == "INTEGER":
            return Int(int(node.additional_info))
        return Sym(node.additional_info)
    assert isinstance(node, Nonterminal)
    if node.symbol == "quoted":
        return Pair(Sym("quote"), Pair(build(node.children[0]), NIL))
    tail = NIL
    children = node.children
    if children and children[-1].symbol == "dotted":
        assert isinstance(children[-1], Nonterminal)
        tail = build(children[-1].children[0])
        children = children[:-1]
    for i in range(len(children) - 1, -1, -1):
        tail = Pair(build(children[i]), tail)
    return tail


def read_all(source):
    tree = ToAST().transform(parse(source))
    return [build(child) for child in tree.children if child.symbol != "EOF"]


def evaluate(obj, env):
    if isinstance(obj, Int):
        return obj.value
    if isinstance(obj, Sym):
        return env.get(obj.name, 0)
    assert isinstance(obj, Pair)
    head = obj.car
    assert isinstance(head, Sym)
    args = []
    rest = obj.cdr
    while isinstance(rest, Pair):
        args.append(rest.car)
        rest = rest.cdr
    if head.name == "define":
        name = args[0]
        assert isinstance(name, Sym)
        env[name.name] = evaluate(args[1], env)
        return env[name.name]
    if head.name == "if":
        if evaluate(args[0], env) != 0:
            return evaluate(args[1], env)
        return evaluate(args[2], env)
    values = [evaluate(arg, env) for arg in args]
    if head.name == "+":
        total = 0
        for v in values:
            total += v
        return total
    if head.name == "*":
        total = 1
        for v in values:
            total *= v
        return total
    if head.name == "-":
        return values[0] - values[1]
    if head.name == "<":
        return 1 if values[0] < values[1] else 0
    return -1


PRELUDE = read_all("""
; the prelude, read while the module is imported
(define ten 10)
(define twenty (* ten 2))   ; a comment
'(a b . c)
""")
PRELUDE_TREE = ToAST().transform(parse("(x 'y)"))


def entry_point(argv):
    print " ".join(RULE_NAMES)
    env = {}
    for obj in PRELUDE:
        print obj.show(), "=>", evaluate(obj, env)
    print PRELUDE_TREE.symbol, len(PRELUDE_TREE.children), PRELUDE_TREE.getsourcepos().i
    source = "(define n (+ twenty 1 2))\n(if (< n 30) (* n 2) -1)\n()"
    if len(argv) > 1:
        source = argv[1]
    for obj in read_all(source):
        print obj.show(), "=>", evaluate(obj, env)
    for bad in ["(+ 1 2", "(a . b c)", "\n  (define x))"]:
        try:
            read_all(bad)
        except ParseError as e:
            print e.nice_error_message("<lisp>", bad)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
