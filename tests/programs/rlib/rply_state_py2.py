# python2
# args: "q r" "s 1"
import sys
from rply import ParserGenerator, LexerGenerator
from rply.token import BaseBox

# rply with a state: an empty production, left recursion, the state passed to every production
# and to the error handler (which must raise); a state whose only action is one reduction
# reduces before the next token is read.

lg = LexerGenerator()
lg.add("NUMBER", r"\d+")
lg.add("NAME", r"[a-z]+")
lg.ignore(r"\s+")
lexer = lg.build()


class State(object):
    def __init__(self):
        self.count = 0


class Words(BaseBox):
    def __init__(self, words):
        self.words = words


pg2 = ParserGenerator(["NAME", "NUMBER"])


@pg2.production("items : ")
def items_empty(state, p):
    return Words([])


@pg2.production("items : items NAME")
def items_more(state, p):
    state.count += 1
    left = p[0]
    assert isinstance(left, Words)
    return Words(left.words + [p[1].getstr()])


@pg2.error
def items_error(state, token):
    raise ValueError("unexpected %s %r after %d names" % (token.gettokentype(), token.getstr(), state.count))


parser2 = pg2.build()


def run2(src):
    state = State()
    try:
        w = parser2.parse(lexer.lex(src), state=state)
    except ValueError as e:
        print "error:", str(e)
        return
    assert isinstance(w, Words)
    print state.count, "names:", ",".join(w.words)


def entry_point(argv):
    for src in ["", "ab cd ef", "ab 12 cd", "x y 7"] + argv[1:]:
        run2(src)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
