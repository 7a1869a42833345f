# A Python 3 script parsing a token stream of its own with rply: the stream has only __next__
# (Python 3's iterator protocol); the parser reads it with next(), as rply does. Before, rpy's
# rply called tokenizer.next(): python3 failed with AttributeError and rpy refused the script.
from rply import ParserGenerator, Token
from rply.token import BaseBox


class Num(BaseBox):
    def __init__(self, value):
        self.value = value

    def eval(self):
        return self.value

pg = ParserGenerator(["NUM", "PLUS", "TIMES"], precedence=[("left", ["PLUS"]), ("left", ["TIMES"])])


@pg.production("expr : expr PLUS expr")
@pg.production("expr : expr TIMES expr")
def binop(p):
    if p[1].gettokentype() == "PLUS":
        return Num(p[0].eval() + p[2].eval())
    return Num(p[0].eval() * p[2].eval())


@pg.production("expr : NUM")
def num(p):
    return Num(int(p[0].getstr()))


parser = pg.build()


class Words:
    """Tokens from words split by spaces: numbers, '+' and '*'."""

    def __init__(self, text):
        self.words = text.split()
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.words):
            raise StopIteration
        w = self.words[self.i]
        self.i += 1
        if w == "+":
            return Token("PLUS", w)
        if w == "*":
            return Token("TIMES", w)
        return Token("NUM", w)


def main():
    for text in ["1 + 2 * 3", "2 * 3 + 4 * 5", "7"]:
        print(text, "=", parser.parse(Words(text)).eval())


main()
