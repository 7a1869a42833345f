# python2
# rpython.rlib.parsing's lexer internals, as interpreters with significant indentation use them:
# a Lexer subclass built from regex.LexingOrExpression, make_automaton().make_deterministic(),
# make_lexing_code(), and a runner subclass of AbstractLexingDFARunner that adds INDENT/DEDENT
# tokens; the grammar's rules from parse_ebnf drive a PackratParser over those tokens.
from rpython.rlib.parsing import deterministic, regex
from rpython.rlib.parsing.ebnfparse import parse_ebnf
from rpython.rlib.parsing.lexer import Lexer, SourcePos, Token, AbstractLexingDFARunner
from rpython.rlib.parsing.parsing import PackratParser, ParseError
from rpython.rlib.parsing.tree import RPythonVisitor

GRAMMAR = r"""
IGNORE: " ";
NEWLINE: "\n";
NAME: "[a-z]+";
NUMBER: "[0-9]+";
program: statement* [EOF];
statement: <block> | <simple>;
simple: NAME ["="] NUMBER [NEWLINE] | NAME [NEWLINE];
block: NAME [":"] [NEWLINE] [INDENT] statement+ [DEDENT];
"""


class IndentRunner(AbstractLexingDFARunner):
    def __init__(self, matcher, automaton, text, ignore, eof=False):
        AbstractLexingDFARunner.__init__(self, matcher, automaton, text, eof)
        self.ignore = ignore
        self.indents = [0]
        self.pending = []
        self.at_line_start = True

    def ignore_token(self, state):
        return self.automaton.names[state] in self.ignore

    def make_token(self, index, state, text, eof=False):
        source_pos = SourcePos(index, self.lineno, self.columnno)
        if eof:
            return Token("EOF", "EOF", source_pos)
        return Token(self.automaton.names[state], text, source_pos)

    def find_next_token(self):
        if self.pending:
            return self.pending.pop()
        if self.at_line_start:
            self.at_line_start = False
            start = self.last_matched_index + 1
            width = 0
            while start + width < len(self.text) and self.text[start + width] == " ":
                width += 1
            if start + width >= len(self.text):
                width = 0
            pos = SourcePos(start, self.lineno, self.columnno)
            if width > self.indents[-1]:
                self.indents.append(width)
                return Token("INDENT", "", pos)
            while width < self.indents[-1]:
                self.indents.pop()
                self.pending.append(Token("DEDENT", "", pos))
            if self.pending:
                return self.pending.pop()
        token = AbstractLexingDFARunner.find_next_token(self)
        if token.name == "NEWLINE":
            self.at_line_start = True
        return token


class IndentLexer(Lexer):
    def __init__(self, token_regexs, names, ignore):
        self.token_regexs = token_regexs
        self.names = names
        self.rex = regex.LexingOrExpression(token_regexs, names)
        self.automaton = self.rex.make_automaton().make_deterministic(names)
        self.automaton.optimize()
        self.ignore = dict.fromkeys(ignore)
        self.matcher = self.automaton.make_lexing_code()

    def get_runner(self, text, eof=False):
        return IndentRunner(self.matcher, self.automaton, text, self.ignore, eof)


regexs, rules, ToAST = parse_ebnf(GRAMMAR)
names = [name for name, r in regexs]
lexer = IndentLexer([r for name, r in regexs], names, ["IGNORE"])
parser = PackratParser(rules, rules[0].nonterminal)


class Printer(RPythonVisitor):
    def __init__(self):
        self.depth = 0
        self.lines = []

    def visit_program(self, node):
        for child in node.children:
            self.dispatch(child)

    def visit_simple(self, node):
        text = node.children[0].additional_info
        if len(node.children) == 2:
            text += " := " + node.children[1].additional_info
        self.lines.append("  " * self.depth + text)

    def visit_block(self, node):
        self.lines.append("  " * self.depth + "block " + node.children[0].additional_info)
        self.depth += 1
        for child in node.children[1:]:
            self.dispatch(child)
        self.depth -= 1


def show(source):
    tokens = lexer.tokenize(source, True)
    print " ".join([t.name for t in tokens])
    try:
        tree = ToAST().transform(parser.parse(tokens))
    except ParseError as e:
        print "ParseError at %d:%d" % (e.source_pos.lineno, e.source_pos.columnno)
        return
    printer = Printer()
    printer.dispatch(tree)
    print "\n".join(printer.lines)


def entry_point(argv):
    show("a = 1\nloop:\n  b = 2\n  inner:\n    c\n  d = 4\ne\n")
    show("x:\n  y\n")
    show("x:\ny\n")
    try:
        lexer.tokenize("a = 1\nb = ?\n")
    except deterministic.LexerError as e:
        print "LexerError at %d:%d" % (e.source_pos.lineno, e.source_pos.columnno)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
