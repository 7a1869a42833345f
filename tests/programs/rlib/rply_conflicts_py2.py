# python2
# args: "1*2+3" "1+2*3" "1*2!" "1+2!" "if a if b 1 else 2" "1==2==3" "1^2^3" "-1^2" "x+1"
# stderr-ok
# rply's conflict rules (as rply 0.7 decides them; checked against it): a shift against a
# reduction shifts when the token's precedence is higher than the rule's, or equal and the rule
# right-associative (so when neither has one: the dangling else); else it reduces -- also when
# the token has no precedence and the rule has one (`1*2+3` is (1*2)+3 although PLUS has no
# precedence; rpy's rply shifted there and printed (1*(2+3))), and for nonassoc (rply reduces:
# 1==2==3 is (1==2)==3). Among reductions the earlier production wins. build() warns about all
# this on stderr (at import time, so rpy prints the warnings while translating).
import sys
from rply import ParserGenerator, LexerGenerator, ParsingError
from rply.token import BaseBox

lg = LexerGenerator()
lg.add("NUM", r"\d+")
lg.add("IF", r"if\b")
lg.add("ELSE", r"else\b")
lg.add("ID", r"[a-z]+")
lg.add("EQ", r"==")
lg.add("PLUS", r"\+")
lg.add("MINUS", r"-")
lg.add("TIMES", r"\*")
lg.add("POW", r"\^")
lg.add("BANG", r"!")
lg.ignore(r"\s+")
lexer = lg.build()


class Text(BaseBox):
    def __init__(self, text):
        self.text = text

    def show(self):
        return self.text

pg = ParserGenerator(["NUM", "IF", "ELSE", "ID", "EQ", "PLUS", "MINUS", "TIMES", "POW", "BANG"],
                     precedence=[("nonassoc", ["EQ"]), ("left", ["TIMES"]), ("right", ["POW"]),
                                 ("left", ["UMINUS"])])


@pg.production("stmt : IF ID stmt ELSE stmt")
@pg.production("stmt : IF ID stmt")
@pg.production("stmt : expr")
def stmt(p):
    if len(p) == 1:
        return p[0]
    if len(p) == 3:
        return Text("(if %s %s)" % (p[1].getstr(), p[2].show()))
    return Text("(if %s %s else %s)" % (p[1].getstr(), p[2].show(), p[4].show()))


@pg.production("expr : expr PLUS expr")
@pg.production("expr : expr TIMES expr")
@pg.production("expr : expr POW expr")
@pg.production("expr : expr EQ expr")
def binop(p):
    return Text("(%s %s %s)" % (p[0].show(), p[1].getstr(), p[2].show()))


@pg.production("expr : expr BANG")
def bang(p):
    return Text("(%s!)" % p[0].show())


@pg.production("expr : MINUS expr", precedence="UMINUS")
def neg(p):
    return Text("(-%s)" % p[1].show())


@pg.production("expr : NUM")
def num(p):
    return Text(p[0].getstr())


@pg.production("expr : first")
@pg.production("expr : second")
def name(p):
    return p[0]


@pg.production("first : ID")
def first(p):
    return Text("first:" + p[0].getstr())


@pg.production("second : ID")
def second(p):
    return Text("second:" + p[0].getstr())


parser = pg.build()


def entry_point(argv):
    for s in argv[1:]:
        try:
            print s, "=>", parser.parse(lexer.lex(s)).show()
        except ParsingError:
            print s, "=> ParsingError"
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
