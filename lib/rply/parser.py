"""The LR parser ParserGenerator.build() gives: RPython, it runs the LALR(1) tables."""

from rply.errors import ParsingError
from rply.token import Token


class LRParser(object):
    def __init__(self, productions, action, goto, default_reductions, error_handler):
        self.productions = productions
        self.action = action
        self.goto = goto
        self.default_reductions = default_reductions
        self.error_handler = error_handler

    def parse(self, tokenizer, state=None):
        lookahead = None
        statestack = [0]
        symstack = [Token("$end", "$end")]
        current = 0
        while True:
            pnum = self.default_reductions[current]
            if pnum == 0:
                if lookahead is None:
                    try:
                        lookahead = next(tokenizer)
                    except StopIteration:
                        lookahead = None
                    if lookahead is None:
                        lookahead = Token("$end", "$end")
                ltype = lookahead.gettokentype()
                actions = self.action[current]
                if ltype not in actions:
                    if self.error_handler is not None:
                        if state is None:
                            self.error_handler(lookahead)
                        else:
                            self.error_handler(state, lookahead)
                        raise AssertionError("For now, error_handler must raise.")
                    raise ParsingError(None, lookahead.getsourcepos())
                t = actions[ltype]
                if t > 0:
                    current = t - 1
                    statestack.append(current)
                    symstack.append(lookahead)
                    lookahead = None
                    continue
                if t == 0:
                    return symstack[-1]
                pnum = -t
            p = self.productions[pnum]
            n = p.length
            if n > 0:
                start = len(symstack) - n
                args = symstack[start:]
                del symstack[start:]
                del statestack[len(statestack) - n:]
            else:
                args = []
            if state is None:
                value = p.func(args)
            else:
                value = p.func(state, args)
            symstack.append(value)
            current = self.goto[statestack[-1]][p.name]
            statestack.append(current)
