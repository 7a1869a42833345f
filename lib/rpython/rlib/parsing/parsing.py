"""The packrat parser: Rule(nonterminal, expansions) lists the alternatives
of a nonterminal (each a list of symbols: nonterminals or token names),
tried in order, the first that matches wins; results are memoized per
position.  parse(tokens) is RPython and returns the tree of tree.py or
raises ParseError with the position of the furthest failure and the tokens
expected there."""

import py

from rpython.rlib.parsing.lexer import SourcePos
from rpython.rlib.parsing.tree import Node, Symbol, Nonterminal


class Rule(object):
    def __init__(self, nonterminal, expansions):
        self.nonterminal = nonterminal
        self.expansions = expansions

    def getkey(self):
        return (self.nonterminal, tuple([tuple(e) for e in self.expansions]))

    def __eq__(self, other):
        return self.getkey() == other.getkey()

    def __ne__(self, other):
        return not self == other

    def __str__(self):
        return "%s: %s" % (
            self.nonterminal, " | ".join([repr(e) for e in self.expansions]))

    def __repr__(self):
        return "Rule(%r, %r)" % (self.nonterminal, self.expansions)


class ParseError(Exception):
    def __init__(self, source_pos, errorinformation):
        self.source_pos = source_pos
        self.errorinformation = errorinformation
        self.args = (source_pos, errorinformation)

    def nice_error_message(self, filename="<unknown>", source=""):
        # source_pos counts lines and columns from 0, people from 1
        result = ["  File %s, line %s" % (filename, self.source_pos.lineno + 1)]
        if source:
            result.append(source.split("\n")[self.source_pos.lineno])
            result.append(" " * self.source_pos.columnno + "^")
        else:
            result.append("<couldn't get source>")
        info = self.errorinformation
        result.append(expected_line(info.failure_reasons if info is not None else []))
        return "\n".join(result)


def expected_line(reasons):
    """The last line of a nice error message: what the parser expected where it failed (the
    regex/EBNF parsers' ParseError and the packrat parsers' ErrorInformation)."""
    if len(reasons) == 0:
        return "ParseError"
    if len(reasons) > 1:
        quoted = ["'%s'" % (reason,) for reason in reasons[:-1]]
        expected = "%s or '%s'" % (", ".join(quoted), reasons[-1])
    else:
        expected = reasons[0]
    return "ParseError: expected %s" % (expected,)


class ErrorInformation(object):
    def __init__(self, pos, failure_reasons=None):
        if failure_reasons is None:
            failure_reasons = []
        self.failure_reasons = failure_reasons
        self.pos = pos


def combine_errors(self, other):
    """The failure furthest in the input; at the same position, the
    expected tokens of both."""
    if self is None:
        return other
    if (other is None or self.pos > other.pos or
            len(other.failure_reasons) == 0):
        return self
    if other.pos > self.pos or len(self.failure_reasons) == 0:
        return other
    reasons = []
    for reason in self.failure_reasons + other.failure_reasons:
        if reason not in reasons:
            reasons.append(reason)
    return ErrorInformation(self.pos, reasons)


def expected_name(symbol):
    """NOT_RPYTHON: what a ParseError says was expected for a token:
    the text of a literal (which ebnfparse names __<number>_<text>), else
    the token's name."""
    parts = symbol.split("_")
    if (symbol.startswith("__") and len(parts) > 2 and parts[2] != "" and
            parts[2][0] in "0123456789"):
        return parts[-1]
    return symbol


class MatchResult(object):
    def __init__(self, node, next, error):
        self.node = node
        self.next = next
        self.error = error


class LazyParseTable(object):
    def __init__(self, input, parser):
        self.parser = parser
        self.input = input
        self.matched = {}

    def match_symbol(self, i, symbol):
        """(node or None, the position after it, the failure information)."""
        result = self.match(i, symbol)
        return result.node, result.next, result.error

    def match(self, i, symbol):
        key = (i, symbol)
        if key in self.matched:
            return self.matched[key]
        parser = self.parser
        error = None
        if symbol in parser.nonterminal_to_rule:
            rule = parser.nonterminal_to_rule[symbol]
            for expansion in rule.expansions:
                curr = i
                children = []
                failed = False
                for subsymbol in expansion:
                    sub = self.match(curr, subsymbol)
                    if sub.node is None:
                        error = combine_errors(error, sub.error)
                        failed = True
                        break
                    children.append(sub.node)
                    curr = sub.next
                if not failed:
                    result = MatchResult(Nonterminal(symbol, children), curr,
                                         error)
                    self.matched[key] = result
                    return result
            result = MatchResult(None, 0, error)
            self.matched[key] = result
            return result
        if i < len(self.input):
            token = self.input[i]
            if symbol == token.name:
                result = MatchResult(Symbol(symbol, token.source, token),
                                     i + 1, error)
                self.matched[key] = result
                return result
            reason = symbol
            if symbol in parser.expected:
                reason = parser.expected[symbol]
            return MatchResult(None, 0, ErrorInformation(i, [reason]))
        return MatchResult(None, 0, ErrorInformation(i))


class PackratParser(object):
    def __init__(self, rules, startsymbol, parsetablefactory=LazyParseTable,
                 check_for_left_recursion=True):
        "NOT_RPYTHON"
        self.rules = rules
        self.nonterminal_to_rule = {}
        for rule in rules:
            self.nonterminal_to_rule[rule.nonterminal] = rule
        self.startsymbol = startsymbol
        self.expected = {}
        for rule in rules:
            for expansion in rule.expansions:
                for symbol in expansion:
                    if symbol not in self.nonterminal_to_rule:
                        self.expected[symbol] = expected_name(symbol)
        if check_for_left_recursion:
            assert not self.has_left_recursion(), (
                "the grammar is left-recursive")
        self.parsetablefactory = parsetablefactory

    def is_nonterminal(self, symbol):
        return symbol in self.nonterminal_to_rule

    def get_rule(self, symbol):
        return self.nonterminal_to_rule[symbol]

    def parse(self, tokens, lazy=False):
        table = LazyParseTable(tokens, self)
        result = table.match(0, self.startsymbol)
        if result.node is None:
            error = result.error
            if error is None:
                error = ErrorInformation(0)
            if error.pos < len(tokens):
                pos = tokens[error.pos].source_pos
            elif len(tokens) > 0:
                pos = tokens[len(tokens) - 1].source_pos
            else:
                pos = SourcePos(0, 0, 0)
            raise ParseError(pos, error)
        return result.node

    def has_left_recursion(self):
        """NOT_RPYTHON: whether a nonterminal can start with itself."""
        firsts = {}
        for rule in self.rules:
            firsts[rule.nonterminal] = set(
                [e[0] for e in rule.expansions
                 if e and e[0] in self.nonterminal_to_rule])
        changed = True
        while changed:
            changed = False
            for name in firsts:
                for other in list(firsts[name]):
                    new = firsts[other] - firsts[name]
                    if new:
                        firsts[name] |= new
                        changed = True
        for name in firsts:
            if name in firsts[name]:
                return True
        return False

    def __repr__(self):
        return "PackratParser(%r, %r)" % (self.rules, self.startsymbol)
