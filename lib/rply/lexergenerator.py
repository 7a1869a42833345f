"""LexerGenerator: named regular expressions, tried in the order they were added (the first that
matches wins, not the longest), after skipping what the ignore patterns match."""

import re

from rply.lexer import Lexer


class Rule(object):
    def __init__(self, name, pattern, flags=0):
        self.name = name
        self.pattern = pattern
        self.flags = flags
        self.re = re.compile(pattern, flags)

    def matches(self, s, pos):
        """The end of a non-empty match of the rule at pos, or -1."""
        m = self.re.match(s, pos)
        if m is None:
            return -1
        end = m.end()
        if end <= pos:
            return -1
        return end


class LexerGenerator(object):
    def __init__(self):
        self.rules = []
        self.ignore_rules = []

    def add(self, name, pattern, flags=0):
        self.rules.append(Rule(name, pattern, flags))

    def ignore(self, pattern, flags=0):
        self.ignore_rules.append(Rule("", pattern, flags))

    def build(self):
        return Lexer(list(self.rules), list(self.ignore_rules))
