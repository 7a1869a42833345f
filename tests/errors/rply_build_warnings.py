# rply's warnings at import time, on rpy's stderr while translating, as rply prints them (at the
# line calling build()): an unused token, an unreachable production, the conflict counts. Then
# an error of the program's own, so that this golden has one.
import sys
from rply import ParserGenerator, Token

pg = ParserGenerator(["NUM", "PLUS", "MINUS"])


@pg.production("expr : expr PLUS expr")
@pg.production("expr : NUM")
@pg.production("expr : NUM")
def expr(p):
    return p[0]


@pg.production("unused : NUM NUM")
def unused(p):
    return p[0]


parser = pg.build()


def entry_point(argv):
    box = parser.parse(iter([Token("NUM", "1"), Token("PLUS", "+"), Token("NUM", "2")]))
    print box.getstr() + 1
    return 0


def target(*args):
    return entry_point, None
