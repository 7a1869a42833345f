# same-stderr
# A Python 3 script whose rply grammar has a conflict: build() warns as rply does
# (ParserGeneratorWarning, stacklevel=2: blamed on the line calling build()), and in a script the
# warning is output of the running program, so build() runs in translated code. Before, rpy
# refused the script ("builtin 'warnings.warn' is not supported in translated code").
from rply import ParserGenerator
from rply.token import BaseBox


class V(BaseBox):
    def __init__(self, n):
        self.n = n


pg = ParserGenerator(["NUM", "PLUS"])


@pg.production("e : e PLUS e")
@pg.production("e : NUM")
def e(p):
    if len(p) == 1:
        return V(int(p[0].getstr()))
    return V(p[0].n + p[2].n)


parser = pg.build()
print("built")
