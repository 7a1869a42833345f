"""Tokens, their positions, and BaseBox (the common base RPython needs for parser values)."""


class BaseBox(object):
    """Base class of every value a production returns: under RPython the parser's value stack
    holds one type, so Token and the program's AST boxes share this base."""
    _attrs_ = []


class SourcePosition(object):
    """Where a token starts: idx (offset), lineno and colno (both from 1)."""

    def __init__(self, idx, lineno, colno):
        self.idx = idx
        self.lineno = lineno
        self.colno = colno

    def __repr__(self):
        return "SourcePosition(idx={0}, lineno={1}, colno={2})".format(self.idx, self.lineno, self.colno)


class Token(BaseBox):
    def __init__(self, name, value, source_pos=None):
        self.name = name
        self.value = value
        self.source_pos = source_pos

    def __repr__(self):
        return "Token(%r, %r)" % (self.name, self.value)

    def __eq__(self, other):
        if not isinstance(other, Token):
            return False
        return self.name == other.name and self.value == other.value

    def __ne__(self, other):
        return not self.__eq__(other)

    def gettokentype(self):
        return self.name

    def getsourcepos(self):
        return self.source_pos

    def getstr(self):
        return self.value
