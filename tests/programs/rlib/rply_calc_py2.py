# python2
# args: "3*(4+5)" "1 +"
# rply (lib/rply, rpy's own): a lexer with ignore rules and source positions, an LALR(1)
# parser with precedence and associativity (left, right, a %prec-style production), BaseBox
# values, ParsingError and LexingError with their positions.
import sys
from rply import ParserGenerator, LexerGenerator, ParsingError, LexingError
from rply.token import BaseBox

lg = LexerGenerator()
lg.add("NUMBER", r"\d+")
lg.add("PLUS", r"\+")
lg.add("MINUS", r"-")
lg.add("MUL", r"\*")
lg.add("DIV", r"/")
lg.add("POW", r"\^")
lg.add("OPEN_PARENS", r"\(")
lg.add("CLOSE_PARENS", r"\)")
lg.add("NAME", r"[a-z]+")
lg.ignore(r"\s+")
lexer = lg.build()


class Node(BaseBox):
    def eval(self):
        raise NotImplementedError

    def show(self):
        raise NotImplementedError


class Num(Node):
    def __init__(self, value):
        self.value = value

    def eval(self):
        return self.value

    def show(self):
        return str(self.value)


class BinOp(Node):
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def eval(self):
        a = self.left.eval()
        b = self.right.eval()
        if self.op == "+":
            return a + b
        if self.op == "-":
            return a - b
        if self.op == "*":
            return a * b
        if self.op == "^":
            r = 1
            for i in range(b):
                r *= a
            return r
        return a // b

    def show(self):
        return "(" + self.left.show() + " " + self.op + " " + self.right.show() + ")"


class Neg(Node):
    def __init__(self, inner):
        self.inner = inner

    def eval(self):
        return -self.inner.eval()

    def show(self):
        return "-" + self.inner.show()


pg = ParserGenerator(["NUMBER", "PLUS", "MINUS", "MUL", "DIV", "POW", "OPEN_PARENS", "CLOSE_PARENS"],
                     precedence=[("left", ["PLUS", "MINUS"]), ("left", ["MUL", "DIV"]),
                                 ("right", ["POW"]), ("right", ["UMINUS"])])


@pg.production("expression : NUMBER")
def expression_number(p):
    return Num(int(p[0].getstr()))


@pg.production("expression : OPEN_PARENS expression CLOSE_PARENS")
def expression_parens(p):
    return p[1]


@pg.production("expression : MINUS expression", precedence="UMINUS")
def expression_neg(p):
    return Neg(p[1])


@pg.production("expression : expression PLUS expression")
@pg.production("expression : expression MINUS expression")
@pg.production("expression : expression MUL expression")
@pg.production("expression : expression DIV expression")
@pg.production("expression : expression POW expression")
def expression_binop(p):
    return BinOp(p[1].getstr(), p[0], p[2])


parser = pg.build()


def run(src):
    try:
        tree = parser.parse(lexer.lex(src))
    except ParsingError as e:
        pos = e.getsourcepos()
        if pos is None:
            print "parse error at the end of the input"
        else:
            print "parse error at line %d col %d" % (pos.lineno, pos.colno)
        return
    except LexingError as e:
        pos = e.getsourcepos()
        print "lex error at %d (line %d col %d)" % (pos.idx, pos.lineno, pos.colno)
        return
    print src.replace("\n", " "), "=>", tree.show(), "=", tree.eval()


def entry_point(argv):
    for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 - 4 - 3", "-2 * 3", "- - 5 + 1",
                "100 / 7 / 2", "1 +\n 2 *\n (3", "1 2", "7 % 2", "\n\n  3 $", "", "2 * -3 ^ 2"]:
        run(src)
    for a in argv[1:]:
        run(a)
    for tok in lexer.lex("12 +\n  (ab)"):
        p = tok.getsourcepos()
        print tok.gettokentype(), repr(tok.getstr()), p.idx, p.lineno, p.colno
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
