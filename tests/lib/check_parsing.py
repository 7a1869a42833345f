#!/usr/bin/env python3
"""lib/rpython/rlib/parsing (the EBNF parser generator) checked on its own:

- the generator reads its own grammar (ebnfparse.EBNF_GRAMMAR) into the rules and ToAST marks
  it is bootstrapped with (EBNF_RULES, EBNF_CHANGES, which are RPython's);
- random regular expressions of the lexer's syntax, compiled to its automaton, accept the
  same strings as Python's re, and the lexer's longest match is re's longest full match;
- trees, ToAST shapes, helper rule names and parse errors of small grammars.

    python3 tests/lib/check_parsing.py [--rounds N]
"""
import argparse
import os
import random
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'lib'))
from rpython.rlib.parsing import ebnfparse  # noqa: E402
from rpython.rlib.parsing.ebnfparse import parse_ebnf, make_parse_function  # noqa: E402
from rpython.rlib.parsing.regexparse import parse_regex  # noqa: E402
from rpython.rlib.parsing.lexer import Lexer  # noqa: E402
from rpython.rlib.parsing.parsing import ParseError  # noqa: E402
from rpython.rlib.parsing.deterministic import LexerError  # noqa: E402
from rpython.rlib.parsing.tree import Symbol, Nonterminal, RPythonVisitor, VisitError  # noqa: E402

ALPHABET = 'ab1-_ '
FAILURES = []


def check(what, got, expected):
    if got != expected:
        FAILURES.append('%s: got %r, expected %r' % (what, got, expected))


def random_regex(rnd, depth=0):
    """(text in the lexer's syntax, the same in Python's re syntax)."""
    kind = rnd.randrange(10 if depth < 3 else 4)
    if kind <= 1:
        c = rnd.choice('ab1')
        return c, c
    if kind == 2:
        body = ''.join(rnd.sample('ab1_ ', rnd.randrange(1, 4)))
        neg = rnd.random() < 0.3
        text = '[%s%s]' % ('^' if neg else '', body)
        return text, text
    if kind == 3:
        choice = rnd.choice(['.', '\\d', '\\w', '\\s', '\\-'])
        py = '[\\s\\S]' if choice == '.' else choice
        return choice, py
    if kind <= 5:
        a, pa = random_regex(rnd, depth + 1)
        b, pb = random_regex(rnd, depth + 1)
        return a + b, pa + pb
    if kind == 6:
        a, pa = random_regex(rnd, depth + 1)
        b, pb = random_regex(rnd, depth + 1)
        return '(%s|%s)' % (a, b), '(%s|%s)' % (pa, pb)
    a, pa = random_regex(rnd, depth + 1)
    op = rnd.choice(['*', '+', '?', '{2}', '{1,2}', '{2,}'])
    return '(%s)%s' % (a, op), '(%s)%s' % (pa, op)


def check_regexs(rounds):
    rnd = random.Random(1234)
    for _ in range(rounds):
        text, pytext = random_regex(rnd)
        regex = parse_regex(text)
        if regex is None:
            FAILURES.append('regex %r refused' % text)
            continue
        lexer = Lexer([regex], ['T'])
        compiled = re.compile('(?:%s)\\Z' % pytext)
        for _ in range(20):
            subject = ''.join(rnd.choice(ALPHABET) for _ in range(rnd.randrange(0, 7)))
            longest = -1
            for end in range(1, len(subject) + 1):
                if compiled.match(subject[:end]):
                    longest = end
            try:
                got = len(lexer.get_runner(subject).find_next_token().source)
            except (LexerError, StopIteration):
                got = -1
            check('longest match of %r in %r' % (text, subject), got, longest)


def dump(node):
    if isinstance(node, Symbol):
        return '%s:%s' % (node.symbol, node.additional_info)
    return '%s(%s)' % (node.symbol, ' '.join(dump(c) for c in node.children))


def check_bootstrap():
    regexs, rules, ToAST = parse_ebnf(ebnfparse.EBNF_GRAMMAR)
    check('bootstrap rules', rules, ebnfparse.EBNF_RULES)
    check('bootstrap changes', ToAST.changes, ebnfparse.EBNF_CHANGES)
    check('bootstrap literals', [name for name, _ in regexs],
          ['__%d_%s' % (i, lit) for i, lit in reversed(list(enumerate(ebnfparse.EBNF_LITERALS)))])


GRAMMAR = r'''
# a comment line
IGNORE: " |\n";
NAME: "[a-z]+";
NUM: "[0-9]+";
start: item* [EOF];
item: NAME "=" value? ";" | <call> | "'" NUM;
call: NAME ["("] >args< [")"];
args: (value [","])* value;
value: NUM | NAME | "\"" NAME "\"";
empty: ;
'''


def check_grammar():
    regexs, rules, ToAST = parse_ebnf(GRAMMAR)
    names = [name for name, _ in regexs]
    check('token names', names, ['__6_"', '__5_,', '__4_)', '__3_(', "__2_'", '__1_;',
                                 '__0_=', 'IGNORE', 'NAME', 'NUM'])
    check('rules', [str(r) for r in rules], [
        "start: ['_star_symbol0', 'EOF'] | ['EOF']",
        "_star_symbol0: ['item', '_star_symbol0'] | ['item']",
        "_maybe_symbol1: ['value']",
        'item: [\'NAME\', \'__0_=\', \'_maybe_symbol1\', \'__1_;\'] | '
        '[\'NAME\', \'__0_=\', \'__1_;\'] | [\'call\'] | ["__2_\'", \'NUM\']',
        "call: ['NAME', '__3_(', 'args', '__4_)']",
        "_star_symbol2: ['value', '__5_,', '_star_symbol2'] | ['value', '__5_,']",
        "args: ['_star_symbol2', 'value'] | ['value']",
        "value: ['NUM'] | ['NAME'] | ['__6_\"', 'NAME', '__6_\"']",
        "empty: []",
    ])
    parse = make_parse_function(regexs, rules, eof=True)
    tree = parse('x = 1; f(a, 2, "s") y = ; \'7')
    check('raw tree', dump(tree),
          'start(_star_symbol0(item(NAME:x __0_=:= _maybe_symbol1(value(NUM:1)) __1_;:;) '
          '_star_symbol0(item(call(NAME:f __3_(:( args(_star_symbol2(value(NAME:a) __5_,:, '
          '_star_symbol2(value(NUM:2) __5_,:,)) value(__6_":" NAME:s __6_":")) __4_):))) '
          '_star_symbol0(item(NAME:y __0_=:= __1_;:;) _star_symbol0(item(__2_\':\' NUM:7))))) '
          'EOF:EOF)')
    check('ToAST tree', dump(ToAST().transform(tree)),
          'start(item(NAME:x __0_=:= value(NUM:1) __1_;:;) call(NAME:f value(NAME:a) '
          'value(NUM:2) value(__6_":" NAME:s __6_":")) item(NAME:y __0_=:= __1_;:;) '
          'item(__2_\':\' NUM:7))')
    try:
        parse('x = 1;\n  f(a b);')
        FAILURES.append('no ParseError')
    except ParseError as e:
        check('error position', (e.source_pos.i, e.source_pos.lineno, e.source_pos.columnno),
              (9, 1, 2))
        check('error message', e.nice_error_message('<g>', 'x = 1;\n  f(a b);'),
              '  File <g>, line 2\n  f(a b);\n  ^\nParseError: expected EOF')
    try:
        parse('f(a b)')
        FAILURES.append('no ParseError')
    except ParseError as e:
        # the failure inside args (a ',' expected) was a success of args: only ')' is reported
        check('error reasons', e.errorinformation.failure_reasons, [')'])
        check('error at', e.source_pos.columnno, 4)
    try:
        parse('x = 1 ?')
        FAILURES.append('no LexerError')
    except LexerError as e:
        check('lexer error', (e.source_pos.i, e.source_pos.columnno), (6, 6))
    for bad, message in [('a: B;', "symbol 'B' not known"),
                         ('a: b*;', "Rule 'a''s expansion needs at least one symbol with >0 "
                                    "repetitions"),
                         ('A: "[a";\na: A;', '[a is not a valid regular expression')]:
        try:
            regexs, rules, ToAST = parse_ebnf(bad)
            make_parse_function(regexs, rules)
            FAILURES.append('%r accepted' % bad)
        except ValueError as e:
            check('error of %r' % bad, str(e), message)
    try:
        parse_ebnf('a: "x" | ;')
        FAILURES.append('grammar error accepted')
    except ParseError as e:
        # body matched "x" alone: the failure after '|' is not reported (as in RPython)
        check('grammar error', e.errorinformation.failure_reasons, [';'])


class Counter(RPythonVisitor):
    def __init__(self):
        self.seen = []

    def visit_value(self, node):
        self.seen.append('value')

    def general_symbol_visit(self, node):
        self.seen.append('symbol ' + node.symbol)


def check_runner():
    from rpython.rlib.parsing.regexparse import make_runner
    runner = make_runner('a(b|c)*d')
    check('make_runner', [runner.recognize(s) for s in ['abcbd', 'abx', 'ad', '']],
          [True, False, True, False])


def check_visitor():
    counter = Counter()
    counter.dispatch(Nonterminal('value', []))
    counter.dispatch(Symbol('NUM', '1', None))
    check('visitor', counter.seen, ['value', 'symbol NUM'])
    try:
        counter.dispatch(Nonterminal('other', []))
        FAILURES.append('no VisitError')
    except VisitError as e:
        check('VisitError', str(e), 'could not visit other()')


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--rounds', type=int, default=300)
    args = parser.parse_args()
    check_bootstrap()
    check_grammar()
    check_visitor()
    check_runner()
    check_regexs(args.rounds)
    for failure in FAILURES[:30]:
        print(failure)
    if FAILURES:
        print('%d failures' % len(FAILURES))
        return 1
    print('rlib.parsing: ok')
    return 0


if __name__ == '__main__':
    sys.exit(main())
