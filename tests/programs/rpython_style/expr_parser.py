# python2
# A recursive-descent parser with a tokenizer, ParseError, and an evaluator.
import os


class ParseError(Exception):
    def __init__(self, msg, pos):
        self.msg = msg
        self.pos = pos


class Token(object):
    _immutable_fields_ = ['kind', 'text', 'pos']

    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return "Token(%s, %s)" % (self.kind, self.text)


DIGITS = "0123456789"
LETTERS = "abcdefghijklmnopqrstuvwxyz_"
SINGLE = {'+': 'PLUS', '-': 'MINUS', '*': 'STAR', '/': 'SLASH', '(': 'LPAREN', ')': 'RPAREN',
          ',': 'COMMA', '=': 'EQ'}


def tokenize(s):
    tokens = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == ' ':
            i += 1
        elif c in DIGITS:
            start = i
            while i < n and s[i] in DIGITS:
                i += 1
            tokens.append(Token('NUM', s[start:i], start))
        elif c in LETTERS:
            start = i
            while i < n and (s[i] in LETTERS or s[i] in DIGITS):
                i += 1
            tokens.append(Token('NAME', s[start:i], start))
        elif c in SINGLE:
            tokens.append(Token(SINGLE[c], c, i))
            i += 1
        else:
            raise ParseError("unexpected character %s" % c, i)
    tokens.append(Token('EOF', '', n))
    return tokens


class Parser(object):
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def next(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, kind):
        tok = self.next()
        if tok.kind != kind:
            raise ParseError("expected %s, got %s" % (kind, tok.kind), tok.pos)
        return tok

    def parse_expr(self):
        left = self.parse_term()
        while self.peek().kind in ('PLUS', 'MINUS'):
            op = self.next()
            right = self.parse_term()
            left = Bin('+' if op.kind == 'PLUS' else '-', left, right)
        return left

    def parse_term(self):
        left = self.parse_factor()
        while self.peek().kind in ('STAR', 'SLASH'):
            op = self.next()
            right = self.parse_factor()
            left = Bin(op.text, left, right)
        return left

    def parse_factor(self):
        tok = self.next()
        if tok.kind == 'NUM':
            return Lit(int(tok.text))
        if tok.kind == 'MINUS':
            return Bin('-', Lit(0), self.parse_factor())
        if tok.kind == 'NAME':
            if self.peek().kind == 'LPAREN':
                self.next()
                args = [self.parse_expr()]
                while self.peek().kind == 'COMMA':
                    self.next()
                    args.append(self.parse_expr())
                self.expect('RPAREN')
                return Call(tok.text, args)
            return Name(tok.text)
        if tok.kind == 'LPAREN':
            e = self.parse_expr()
            self.expect('RPAREN')
            return e
        raise ParseError("unexpected %s" % tok.kind, tok.pos)


class Expr(object):
    def eval(self, env):
        raise NotImplementedError


class Lit(Expr):
    def __init__(self, v):
        self.v = v

    def eval(self, env):
        return self.v


class Name(Expr):
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        return env.get(self.name, 0)


class Bin(Expr):
    def __init__(self, op, l, r):
        self.op = op
        self.l = l
        self.r = r

    def eval(self, env):
        a = self.l.eval(env)
        b = self.r.eval(env)
        if self.op == '+':
            return a + b
        if self.op == '-':
            return a - b
        if self.op == '*':
            return a * b
        return a // b


class Call(Expr):
    def __init__(self, fn, args):
        self.fn = fn
        self.args = args

    def eval(self, env):
        vals = [a.eval(env) for a in self.args]
        if self.fn == 'max':
            return max(vals)
        if self.fn == 'min':
            return min(vals)
        if self.fn == 'sum':
            s = 0
            for v in vals:
                s += v
            return s
        raise ParseError("unknown function %s" % self.fn, 0)


def Parser_parse_expr_fix(p):
    left = p.parse_term()
    while p.peek().kind in ('PLUS', 'MINUS'):
        op = p.next()
        right = p.parse_term()
        left = Bin(op.text, left, right)
    return left

Parser.parse_expr = Parser_parse_expr_fix


def run_line(line, env):
    try:
        p = Parser(tokenize(line))
        e = p.parse_expr()
        p.expect('EOF')
        return "%s -> %d" % (line, e.eval(env))
    except ParseError as err:
        return "%s -> error at %d: %s" % (line, err.pos, err.msg)


def entry_point(argv):
    env = {'x': 6, 'y': 7}
    for line in ["1 + 2 * 3", "(1 + 2) * 3", "x * y - 2", "max(1, x, 3) + min(y, 2)",
                 "sum(1, 2, 3, 4)", "2 * (3 + ", "4 $ 4", "-x + 10", "100 / 7 / 2"]:
        os.write(1, run_line(line, env) + "\n")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
