# python2
# The pattern of interpreters that keep their grammar in a file: py.path.local(__file__) finds
# it while the module is imported, parse_ebnf reads it (a ParseError would be reported with
# nice_error_message), and the generated parser runs a small stack language at run time.
import py
from rpython.rlib.parsing.ebnfparse import parse_ebnf, make_parse_function
from rpython.rlib.parsing.parsing import ParseError
from rpython.rlib.parsing.tree import Nonterminal, Symbol

GRAMMAR_FILE = py.path.local(__file__).dirpath().join("grammar.txt")
grammar = GRAMMAR_FILE.read("rt")
try:
    regexs, rules, ToAST = parse_ebnf(grammar)
except ParseError, e:
    print e.nice_error_message(filename=str(GRAMMAR_FILE), source=grammar)
    raise
_parse = make_parse_function(regexs, rules, eof=True)

try:
    VIEW = py.test.config.option.view
except AttributeError:
    VIEW = False
EXTENSIONS = [GRAMMAR_FILE.ext, GRAMMAR_FILE.purebasename, str(GRAMMAR_FILE.check(file=1))]


class Machine(object):
    def __init__(self):
        self.stack = []
        self.words = {}
        self.output = []

    def run(self, items):
        for item in items:
            self.step(item)

    def step(self, item):
        if isinstance(item, Nonterminal):
            assert isinstance(item.children[0], Symbol)
            self.words[item.children[0].additional_info] = item.children[1:]
            return
        assert isinstance(item, Symbol)
        if item.symbol == "NUMBER":
            self.stack.append(int(item.additional_info))
            return
        name = item.additional_info
        if name in self.words:
            self.run(self.words[name])
        elif name == "+":
            b = self.stack.pop()
            self.stack.append(self.stack.pop() + b)
        elif name == "*":
            b = self.stack.pop()
            self.stack.append(self.stack.pop() * b)
        elif name == "dup":
            self.stack.append(self.stack[-1])
        elif name == ".":
            self.output.append(str(self.stack.pop()))
        else:
            self.output.append("?" + name)


def entry_point(argv):
    print " ".join(EXTENSIONS), VIEW
    source = ": square dup * ;\n: cube dup square * ; # a comment\n3 square . 2 cube 1 + . frob"
    tree = ToAST().transform(_parse(source))
    machine = Machine()
    machine.run(tree.children)
    print " ".join(machine.output)
    try:
        _parse(": broken 1 2")
    except ParseError as e:
        print e.nice_error_message("<input>", ": broken 1 2")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
