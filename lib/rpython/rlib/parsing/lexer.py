"""The lexer: the token regular expressions run as one deterministic
automaton, longest match first (among equally long matches, the token named
first); tokens named in `ignore` are dropped. tokenize is RPython."""

from rpython.rlib.parsing import deterministic, regex


class Token(object):
    def __init__(self, name, source, source_pos):
        self.name = name
        self.source = source
        self.source_pos = source_pos

    def copy(self):
        return Token(self.name, self.source, self.source_pos)

    def __eq__(self, other):
        return (self.name == other.name and self.source == other.source and
                self.source_pos == other.source_pos)

    def __ne__(self, other):
        return not self == other

    def __repr__(self):
        return "Token(%r, %r, %r)" % (self.name, self.source, self.source_pos)


class SourcePos(object):
    """A position in the source: index, line and column, all from 0."""

    def __init__(self, i, lineno, columnno):
        self.i = i
        self.lineno = lineno
        self.columnno = columnno

    def copy(self):
        return SourcePos(self.i, self.lineno, self.columnno)

    def __eq__(self, other):
        return (self.i == other.i and self.lineno == other.lineno and
                self.columnno == other.columnno)

    def __ne__(self, other):
        return not self == other

    def __repr__(self):
        return "SourcePos(%r, %r, %r)" % (self.i, self.lineno, self.columnno)


class Lexer(object):
    def __init__(self, token_regexs, names, ignore=None):
        "NOT_RPYTHON"
        self.token_regexs = token_regexs
        self.names = names
        self.rex = regex.LexingOrExpression(token_regexs, names)
        nfa, start, finals = self.rex.make_automaton()
        self.automaton = deterministic.make_dfa(nfa, start, finals)
        if ignore is None:
            ignore = []
        for name in ignore:
            assert name in names, "ignored token %r is not a token" % (name,)
        self.ignore = [name in ignore for name in names]

    def get_runner(self, text, eof=False):
        return LexingDFARunner(self, text, eof)

    def tokenize(self, text, eof=False):
        """The list of the Tokens of text (with an EOF token at its end if
        eof is true); raises LexerError where no token matches."""
        runner = LexingDFARunner(self, text, eof)
        result = []
        while True:
            token = runner.next_token()
            if token is None:
                break
            result.append(token)
        return result


class LexingDFARunner(object):
    def __init__(self, lexer, text, eof):
        self.lexer = lexer
        self.text = text
        self.eof = eof
        self.pos = 0
        self.done = False
        self.lineno = 0
        self.columnno = 0

    def next_token(self):
        """The next token that is not ignored, or None after the last."""
        lexer = self.lexer
        transitions = lexer.automaton.transitions
        accepting = lexer.automaton.accepting
        text = self.text
        while True:
            start = self.pos
            if start >= len(text):
                if self.eof and not self.done:
                    self.done = True
                    return Token("EOF", "EOF",
                                 SourcePos(start, self.lineno, self.columnno))
                return None
            state = 0
            i = start
            stop = start
            token = -1
            while i < len(text):
                state = transitions[state * 256 + ord(text[i])]
                i += 1
                if state < 0:
                    break
                if accepting[state] >= 0:
                    token = accepting[state]
                    stop = i
            if token < 0:
                raise deterministic.LexerError(
                    text, state, SourcePos(i - 1, self.lineno, self.columnno))
            source = text[start:stop]
            result = Token(lexer.names[token], source,
                           SourcePos(start, self.lineno, self.columnno))
            self.pos = stop
            self.adjust_position(source)
            if not lexer.ignore[token]:
                return result

    def adjust_position(self, source):
        newlines = source.count("\n")
        self.lineno += newlines
        if newlines == 0:
            self.columnno += len(source)
        else:
            # as RPython's lexer does: the column after a token that ends a
            # line is the index of its last newline
            self.columnno = source.rfind("\n")

    def find_next_token(self):
        token = self.next_token()
        if token is None:
            raise StopIteration
        return token

    def next(self):
        return self.find_next_token()

    def __iter__(self):
        return self
