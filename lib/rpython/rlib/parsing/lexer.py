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
        automaton = self.rex.make_automaton()
        self.automaton = automaton.make_deterministic(names)
        self.automaton.optimize()
        if ignore is None:
            ignore = []
        for name in ignore:
            assert name in names, "ignored token %r is not a token" % (name,)
        self.ignore = dict.fromkeys(ignore)
        self.matcher = self.automaton.make_lexing_code()

    def get_runner(self, text, eof=False):
        return LexingDFARunner(self.matcher, self.automaton, text,
                               self.ignore, eof)

    def tokenize(self, text, eof=False):
        """The list of the Tokens of text (with an EOF token at its end if
        eof is true); raises LexerError where no token matches."""
        runner = self.get_runner(text, eof)
        result = []
        while True:
            try:
                token = runner.find_next_token()
            except StopIteration:
                break
            result.append(token)
        return result


class DummyLexer(Lexer):
    """A lexer made of a matcher and its DFA (written out by a program
    that pasted the generator's output)."""

    def __init__(self, matcher, automaton, ignore):
        self.token_regexs = None
        self.names = None
        self.rex = None
        self.automaton = automaton
        self.ignore = ignore
        self.matcher = matcher


class AbstractLexingDFARunner(deterministic.DFARunner):
    """Finds the tokens of text one after the other: the longest text the
    matcher accepts from where the last token ended."""

    i = 0

    def __init__(self, matcher, automaton, text, eof=False):
        self.automaton = automaton
        self.state = 0
        self.text = text
        self.last_matched_state = 0
        self.last_matched_index = -1
        self.eof = eof
        self.matcher = matcher
        self.lineno = 0
        self.columnno = 0

    def find_next_token(self):
        """The next token that is not ignored; StopIteration after the
        last (and after the EOF token if eof is true)."""
        while True:
            self.state = 0
            start = self.last_matched_index + 1
            assert start >= 0
            if start == len(self.text) and self.eof:
                self.last_matched_index += 1
                return self.make_token(start, -1, "", eof=True)
            if start >= len(self.text):
                raise StopIteration
            i = self.inner_loop(start)
            if i >= 0:
                # the input ended in a final state: the token is the rest
                stop = len(self.text)
            else:
                i = ~i
                stop = self.last_matched_index + 1
                assert stop >= 0
                if stop == start:
                    raise deterministic.LexerError(
                        self.text, self.state,
                        SourcePos(i - 1, self.lineno, self.columnno))
            source = self.text[start:stop]
            result = self.make_token(start, self.last_matched_state, source)
            self.adjust_position(source)
            if self.ignore_token(self.last_matched_state):
                continue
            return result

    def adjust_position(self, token):
        """The line and column after token."""
        newlines = token.count("\n")
        self.lineno += newlines
        if newlines == 0:
            self.columnno += len(token)
        else:
            # as RPython's lexer does: the column after a token that ends a
            # line is the index of its last newline
            self.columnno = token.rfind("\n")

    def inner_loop(self, i):
        return self.matcher(self, i)

    def ignore_token(self, state):
        raise NotImplementedError

    def make_token(self, index, state, text, eof=False):
        raise NotImplementedError

    def next(self):
        return self.find_next_token()

    def __iter__(self):
        return self


class LexingDFARunner(AbstractLexingDFARunner):
    def __init__(self, matcher, automaton, text, ignore, eof=False):
        AbstractLexingDFARunner.__init__(self, matcher, automaton, text, eof)
        self.ignore = ignore

    def ignore_token(self, state):
        return self.automaton.names[state] in self.ignore

    def make_token(self, index, state, text, eof=False):
        source_pos = SourcePos(index, self.lineno, self.columnno)
        if eof:
            return Token("EOF", "EOF", source_pos)
        return Token(self.automaton.names[state], text, source_pos)
