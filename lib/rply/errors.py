"""rply's exceptions."""


class ParserGeneratorError(Exception):
    pass


class ParserGeneratorWarning(Warning):
    pass


class LexingError(Exception):
    """No lexer rule matches at source_pos."""

    def __init__(self, message, source_pos):
        self.message = message
        self.source_pos = source_pos

    def getsourcepos(self):
        return self.source_pos


class ParsingError(Exception):
    """The parser met a token its grammar does not allow there (source_pos is the token's)."""

    def __init__(self, message, source_pos):
        self.message = message
        self.source_pos = source_pos

    def getsourcepos(self):
        return self.source_pos
