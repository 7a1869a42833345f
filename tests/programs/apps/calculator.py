# python2
from __future__ import print_function
import os, sys


class Token(object):
    def __init__(self, kind, text):
        self.kind = kind
        self.text = text


class CalcError(Exception):
    def __init__(self, msg):
        self.msg = msg


def tokenize(s):
    toks = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            toks.append(Token("num", s[i:j]))
            i = j
        elif c in "+-*/()":
            toks.append(Token("op", c))
            i += 1
        else:
            raise CalcError("bad character " + c)
    toks.append(Token("end", ""))
    return toks


class Parser(object):
    def __init__(self, toks):
        self.toks = toks
        self.pos = 0

    def peek(self):
        return self.toks[self.pos]

    def take(self):
        t = self.toks[self.pos]
        self.pos += 1
        return t

    def expr(self):
        v = self.term()
        while self.peek().text in ("+", "-"):
            op = self.take().text
            r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(self):
        v = self.factor()
        while self.peek().text in ("*", "/"):
            op = self.take().text
            r = self.factor()
            if op == "*":
                v = v * r
            else:
                if r == 0.0:
                    raise CalcError("division by zero")
                v = v / r
        return v

    def factor(self):
        t = self.take()
        if t.kind == "num":
            return float(t.text)
        if t.text == "-":
            return -self.factor()
        if t.text == "(":
            v = self.expr()
            if self.take().text != ")":
                raise CalcError("expected )")
            return v
        raise CalcError("unexpected token '" + t.text + "'")


def calc(s):
    p = Parser(tokenize(s))
    v = p.expr()
    if p.peek().kind != "end":
        raise CalcError("trailing input")
    return v


def entry_point(argv):
    for e in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "-(2.5 * 4) + 1", "2 * (3 + 4) * 0.5",
              "1 / 3", "1 / 0", "2 +", "(1", "3 $ 4", "1 2", "0.1 + 0.2"]:
        try:
            print(e, "=", calc(e))
        except CalcError as err:
            print(e, "-> error:", err.msg)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
