"""The lexer built by LexerGenerator.build(): lex(s) gives a LexerStream of Tokens."""

from rply.errors import LexingError
from rply.token import SourcePosition, Token


class Lexer(object):
    def __init__(self, rules, ignore_rules):
        self.rules = rules
        self.ignore_rules = ignore_rules

    def lex(self, s):
        return LexerStream(self, s)


class LexerStream(object):
    def __init__(self, lexer, s):
        self.lexer = lexer
        self.s = s
        self.idx = 0
        self._lineno = 1  # the line of self.idx
        self._line_start = 0  # the offset where that line starts

    def __iter__(self):
        return self

    def _advance(self, end):
        nl = self.s.rfind("\n", self.idx, end)
        if nl >= 0:
            self._lineno += self.s.count("\n", self.idx, end)
            self._line_start = nl + 1
        self.idx = end

    def _position(self):
        return SourcePosition(self.idx, self._lineno, self.idx - self._line_start + 1)

    def next(self):
        s = self.s
        skipped = True
        while skipped:
            skipped = False
            for rule in self.lexer.ignore_rules:
                end = rule.matches(s, self.idx)
                if end >= 0:
                    self._advance(end)
                    skipped = True
                    break
        if self.idx >= len(s):
            raise StopIteration
        for rule in self.lexer.rules:
            end = rule.matches(s, self.idx)
            if end >= 0:
                pos = self._position()
                token = Token(rule.name, s[self.idx:end], pos)
                self._advance(end)
                return token
        raise LexingError(None, self._position())

    def __next__(self):
        return self.next()
