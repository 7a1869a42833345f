"""RPython's EBNF parser generator: parse_ebnf(grammar) reads a grammar of
token definitions

    NAME: "regular expression";     (IGNORE: tokens the lexer drops)

and productions

    rule: alternative | alternative ... ;

whose alternatives are sequences of rule names, token names and "literal"
tokens, with x* x+ x? repetitions, ( ) groups, and the tree-shaping marks of
ToAST: [x] drops x from the tree, <x> (the only item kept) replaces the node
by x's, >x< puts x's children in the node in place of x.  It returns
(regexs, rules, ToAST): make_parse_function(regexs, rules, eof) is the
parse(text) function a translated program calls, and ToAST().transform(tree)
reshapes its tree as the marks say.

Repetitions become helper rules, as RPython names them: x* _star_symbolN,
x? _maybe_symbolN, x+ _plus_symbolN; a literal "t" is the token __K_t; an
alternative with optional items is split into alternatives with and without
them (and __<rule>_rest_<i>_<k> rules after the first optional item)."""

import py

from rpython.rlib.objectmodel import we_are_translated
from rpython.rlib.parsing.parsing import PackratParser, Rule, ParseError
from rpython.rlib.parsing.tree import Nonterminal, Symbol, RPythonVisitor
from rpython.rlib.parsing.regexparse import parse_regex, unescape
from rpython.rlib.parsing.regex import StringExpression
from rpython.rlib.parsing.deterministic import DFA
from rpython.rlib.parsing.lexer import Lexer, DummyLexer

# (py, we_are_translated, DFA and DummyLexer are imported for the programs
# that paste the generator's output after `from ... ebnfparse import *`)

# The grammar of grammars, written in itself:
EBNF_GRAMMAR = r"""
    file: list EOF;
    list: element+;
    element: <regex> | <production>;
    regex: SYMBOLNAME ":" QUOTE ";";
    production: NONTERMINALNAME ":" body? ";";
    body: (expansion ["|"])* expansion;
    expansion: decorated+;
    decorated: enclosed "*" |
               enclosed "+" |
               enclosed "?" |
               <enclosed>;
    enclosed: "[" expansion "]" |
              ">" expansion "<" |
              "<" primary ">" |
              "(" <expansion> ")" |
              <primary>;
    primary: NONTERMINALNAME | SYMBOLNAME | QUOTE;
"""

# ... and the rules and marks parse_ebnf makes of it, which read it.
EBNF_RULES = [
    Rule("file", [["list", "EOF"]]),
    Rule("_plus_symbol0", [["element", "_plus_symbol0"], ["element"]]),
    Rule("list", [["_plus_symbol0"]]),
    Rule("element", [["regex"], ["production"]]),
    Rule("regex", [["SYMBOLNAME", "__0_:", "QUOTE", "__1_;"]]),
    Rule("_maybe_symbol0", [["body"]]),
    Rule("production", [["NONTERMINALNAME", "__0_:", "_maybe_symbol0", "__1_;"],
                        ["NONTERMINALNAME", "__0_:", "__1_;"]]),
    Rule("_star_symbol1", [["expansion", "__2_|", "_star_symbol1"],
                           ["expansion", "__2_|"]]),
    Rule("body", [["_star_symbol1", "expansion"], ["expansion"]]),
    Rule("_plus_symbol1", [["decorated", "_plus_symbol1"], ["decorated"]]),
    Rule("expansion", [["_plus_symbol1"]]),
    Rule("decorated", [["enclosed", "__3_*"], ["enclosed", "__4_+"],
                       ["enclosed", "__5_?"], ["enclosed"]]),
    Rule("enclosed", [["__6_[", "expansion", "__7_]"],
                      ["__8_>", "expansion", "__9_<"],
                      ["__9_<", "primary", "__8_>"],
                      ["__10_(", "expansion", "__11_)"],
                      ["primary"]]),
    Rule("primary", [["NONTERMINALNAME"], ["SYMBOLNAME"], ["QUOTE"]]),
]
EBNF_CHANGES = [
    ["  "], [" >", " "], [">"], ["<", "<"], ["    "], [" "],
    ["  > ", "   "], [" [>", " ["], ["> ", " "], [" >", " "], [">"],
    ["  ", "  ", "  ", "<"], ["   ", "   ", "   ", " < ", "<"],
    [" ", " ", " "],
]
EBNF_LITERALS = [":", ";", "|", "*", "+", "?", "[", "]", ">", "<", "(", ")"]


def make_ebnf_lexer():
    """NOT_RPYTHON"""
    tokens = [
        ("SYMBOLNAME", parse_regex("_*[A-Z]([A-Z]|_)*")),
        ("NONTERMINALNAME", parse_regex("([a-z]|_)[a-z0-9_]*")),
        ("QUOTE", parse_regex(r'"[^\"]*(\\\"?[^\"]+)*(\\\")?"')),
        ("QUOTE", parse_regex("""'"'""")),
        ("IGNORE", parse_regex("#[^\\n]*\\n")),
        ("IGNORE", StringExpression("\n")),
        ("IGNORE", StringExpression(" ")),
        ("IGNORE", StringExpression("\t")),
    ]
    for index, literal in enumerate(EBNF_LITERALS):
        tokens.append(("__%d_%s" % (index, literal), StringExpression(literal)))
    names = [name for name, regex in tokens]
    return Lexer([regex for name, regex in tokens], names, ignore=["IGNORE"])


def parse_ebnf(s):
    """NOT_RPYTHON: (the token definitions as [(name, regex)], the rules,
    the ToAST class) of the grammar s; raises ParseError (or LexerError)
    when s is not a grammar, ValueError for a bad regular expression."""
    tokens = ebnf_lexer.tokenize(s, True)
    tree = ebnf_parser.parse(tokens)
    tree = EBNFToAST().transform(tree)
    builder = ParserBuilder()
    builder.visit_file(tree)
    rules, changes = builder.get_rules_and_changes()
    ToAST = TransformerMaker(rules, changes).make_transformer()
    return list(zip(builder.names, builder.regexs)), rules, ToAST


def check_for_missing_names(names, regexs, rules):
    """NOT_RPYTHON"""
    known = dict.fromkeys(names, True)
    known["EOF"] = True
    for rule in rules:
        known[rule.nonterminal] = True
    for rule in rules:
        for expansion in rule.expansions:
            for symbol in expansion:
                if symbol not in known:
                    raise ValueError("symbol '%s' not known" % (symbol,))


def make_parse_function(regexs, rules, eof=False):
    """NOT_RPYTHON: the function parse(text) -> tree (RPython) of the
    tokens regexs and the rules, starting with the first rule; with eof,
    the token list ends with an EOF token the rules may match."""
    names = [name for name, regex in regexs]
    regexs = [regex for name, regex in regexs]
    if "IGNORE" in names:
        ignore = ["IGNORE"]
    else:
        ignore = []
    check_for_missing_names(names, regexs, rules)
    lexer = Lexer(regexs, names, ignore=ignore)
    parser = PackratParser(rules, rules[0].nonterminal)

    def parse(s):
        tokens = lexer.tokenize(s, eof)
        return parser.parse(tokens)
    return parse


class ParserBuilder(object):
    """NOT_RPYTHON: makes the rules of a grammar from its tree (after
    EBNFToAST), each alternative with its marks: ' ' keep the item, '['
    drop it, '<' the node is the item's, '>' the item's children are the
    node's."""

    def __init__(self):
        self.regexs = []
        self.names = []
        self.rules = []
        self.changes = []
        self.maybe_rules = {}
        self.num_plus_symbols = 0
        self.first_rule = None
        self.literals = {}

    def visit(self, node):
        return getattr(self, "visit_" + node.symbol)(node)

    def visit_file(self, node):
        for element in node.children[0].children:
            self.visit(element)

    def visit_regex(self, node):
        text = node.children[2].additional_info[1:-1].replace('\\"', '"')
        regex = parse_regex(text)
        if regex is None:
            raise ValueError("%s is not a valid regular expression" % text)
        self.regexs.append(regex)
        self.names.append(node.children[0].additional_info)

    def visit_production(self, node):
        name = node.children[0].additional_info
        if len(node.children) == 3:
            self.changes.append([])
            self.rules.append(Rule(name, [[]]))
            return
        expansions = []
        changes = []
        for alternative in self.visit(node.children[2]):
            expansions.append([symbol for symbol, mark in alternative])
            changes.append("".join([mark for symbol, mark in alternative]))
        if self.first_rule is None:
            self.first_rule = name
        self.changes.append(changes)
        self.rules.append(Rule(name, expansions))

    def visit_body(self, node):
        return [self.visit(child) for child in node.children]

    def visit_expansion(self, node):
        items = []
        for child in node.children:
            items += self.visit(child)
        return items

    def visit_enclosed(self, node):
        mark = node.children[0].additional_info
        items = []
        for symbol, inner in self.visit(node.children[1]):
            assert inner == " " or inner == mark, (
                "%s%s cannot be marked again" % (symbol, inner))
            items.append((symbol, mark))
        return items

    def visit_decorated(self, node):
        items = self.visit(node.children[0])
        symbols = [symbol for symbol, mark in items]
        marks = "".join([mark for symbol, mark in items])
        op = node.children[1].additional_info
        if op == "*":
            name = "_star_symbol%s" % (len(self.maybe_rules),)
            optional = True
            expansions = [symbols + [name]]
            changes = [marks + ">", marks]
        elif op == "+":
            name = "_plus_symbol%s" % (self.num_plus_symbols,)
            self.num_plus_symbols += 1
            optional = False
            expansions = [symbols + [name], symbols]
            changes = [marks + ">", marks]
        else:
            name = "_maybe_symbol%s" % (len(self.maybe_rules),)
            optional = True
            expansions = [symbols]
            changes = [marks]
        self.rules.append(Rule(name, expansions))
        self.changes.append(changes)
        if optional:
            self.maybe_rules[name] = self.rules[-1]
        return [(name, ">")]

    def visit_primary(self, node):
        token = node.children[0]
        if token.symbol == "QUOTE":
            return [(self.get_literal_name(unescape(token.additional_info[1:-1])),
                     " ")]
        return [(token.additional_info, " ")]

    def get_literal_name(self, expression):
        if expression in self.literals:
            return self.literals[expression]
        name = "__%s_%s" % (len(self.literals), expression)
        self.literals[expression] = name
        self.regexs.insert(0, StringExpression(expression))
        self.names.insert(0, name)
        return name

    def get_rules_and_changes(self):
        self.fix_rule_order()
        return self.add_all_possibilities()

    def fix_rule_order(self):
        """The first production (not a helper rule) starts the grammar."""
        for i, rule in enumerate(self.rules):
            if rule.nonterminal == self.first_rule:
                self.rules[i], self.rules[0] = self.rules[0], self.rules[i]
                self.changes[i], self.changes[0] = self.changes[0], self.changes[i]
                return

    def add_all_possibilities(self):
        """Each alternative with optional items (x? and x*, which can match
        nothing) becomes the alternatives with and without them; after the
        first optional item the rest goes to a rule of its own."""
        all_rules = []
        all_changes = []
        other_rules = []
        other_changes = []
        for rule, changes in zip(self.rules, self.changes):
            if rule.expansions == [[]]:
                all_rules.append(rule)
                all_changes.append([])
                continue
            real_expansions = []
            real_changes = []
            for index, expansion in enumerate(rule.expansions):
                change = changes[index]
                optional = [i for i, symbol in enumerate(expansion)
                            if symbol in self.maybe_rules]
                if not optional:
                    real_expansions.append(expansion)
                    real_changes.append(change)
                    continue
                if len(optional) == len(expansion):
                    raise ValueError(
                        "Rule %r's expansion needs at least one symbol with "
                        ">0 repetitions" % rule.nonterminal)
                slices = []
                start = 0
                for i in optional:
                    slices.append((start, i + 1))
                    start = i + 1
                rest = expansion[start:]
                rest_change = change[start:]
                name = rule.nonterminal
                for k, (start, stop) in enumerate(slices):
                    nextname = "__%s_rest_%s_%s" % (rule.nonterminal, index, k)
                    if k < len(slices) - 1:
                        tail = [nextname]
                        tail_change = ">"
                    else:
                        tail = rest
                        tail_change = rest_change
                    new_expansions = [expansion[start:stop] + tail,
                                      expansion[start:stop - 1] + tail]
                    new_changes = [change[start:stop] + tail_change,
                                   change[start:stop - 1] + tail_change]
                    if k == 0:
                        real_expansions += new_expansions
                        real_changes += new_changes
                    else:
                        other_rules.append(Rule(name, new_expansions))
                        other_changes.append(new_changes)
                    name = nextname
            all_rules.append(Rule(rule.nonterminal, real_expansions))
            all_changes.append(real_changes)
        return all_rules + other_rules, all_changes + other_changes


class TransformerMaker(object):
    """NOT_RPYTHON: writes the source of the ToAST class of rules and
    their marks (one visit_<rule> method per rule, RPython) and runs it."""

    def __init__(self, rules, changes):
        self.rules = rules
        self.changes = changes
        self.nonterminals = dict.fromkeys([rule.nonterminal for rule in rules])
        self.lines = []

    def emit(self, indent, line):
        self.lines.append("    " * indent + line)

    def get_code(self):
        return "\n".join(self.lines) + "\n"

    def make_transformer(self, print_code=False):
        self.emit(0, "class ToAST(object):")
        for index in range(len(self.rules)):
            self.create_visit_method(index)
        start = self.rules[0].nonterminal
        self.emit(1, "def transform(self, tree):")
        self.emit(2, "assert isinstance(tree, Nonterminal)")
        self.emit(2, "assert tree.symbol == %r" % (start,))
        self.emit(2, "r = self.visit_%s(tree)" % (start,))
        self.emit(2, "assert len(r) == 1")
        self.emit(2, "return r[0]")
        code = self.get_code()
        if print_code:
            print(code)
        namespace = {"Nonterminal": Nonterminal, "Symbol": Symbol,
                     "RPythonVisitor": RPythonVisitor,
                     "__name__": "rpython.rlib.parsing.ebnfparse"}
        exec(code, namespace)
        ToAST = namespace["ToAST"]
        ToAST.source = code
        ToAST.changes = self.changes
        return ToAST

    def dispatch(self, symbol, expr):
        if symbol in self.nonterminals:
            return "self.visit_%s(%s)" % (symbol, expr)
        return "[%s]" % (expr,)

    def create_visit_method(self, index):
        rule = self.rules[index]
        changes = self.changes[index]
        self.emit(1, "def visit_%s(self, node):" % (rule.nonterminal,))
        if len(changes) == 0:
            self.emit(2, "return [node]")
            return
        alternatives = list(zip(rule.expansions, changes))
        if len(alternatives) > 1:
            self.emit(2, "length = len(node.children)")
        for k, (expansion, change) in enumerate(alternatives):
            indent = 2
            if k < len(alternatives) - 1:
                # the parser made node with the first alternative whose
                # symbols its children have
                tests = ["length == %d" % len(expansion)]
                for i, symbol in enumerate(expansion):
                    tests.append("node.children[%d].symbol == %r" % (i, symbol))
                self.emit(2, "if %s:" % " and ".join(tests))
                indent = 3
            self.create_returning_code(indent, rule, expansion, change)

    def create_returning_code(self, indent, rule, expansion, change):
        assert len(expansion) == len(change)
        if "<" in change:
            assert change.count("<") == 1, (
                "cannot expand more than one node in rule %s" % (rule,))
            i = change.index("<")
            self.emit(indent, "return " + self.dispatch(
                expansion[i], "node.children[%d]" % i))
            return
        self.emit(indent, "children = []")
        for i, symbol in enumerate(expansion):
            mark = change[i]
            expr = self.dispatch(symbol, "node.children[%d]" % i)
            if mark == " ":
                self.emit(indent, "children.extend(%s)" % (expr,))
            elif mark == ">":
                self.emit(indent, "expr = %s" % (expr,))
                self.emit(indent, "assert len(expr) == 1")
                self.emit(indent, "children.extend(expr[0].children)")
        self.emit(indent, "return [Nonterminal(node.symbol, children)]")


ebnf_lexer = make_ebnf_lexer()
ebnf_parser = PackratParser(EBNF_RULES, "file")
EBNFToAST = TransformerMaker(EBNF_RULES, EBNF_CHANGES).make_transformer()
