# python2
# Programs that paste the parser generator's output into their source (to skip generating it at
# import time) use it after `from rpython.rlib.parsing.ebnfparse import *`: a ToAST class, a
# PackratParser of Rule objects, a matcher recognize(runner, i) in the lexer runner's protocol
# and a DummyLexer over a DFA literal; we_are_translated and py come from the star import.
from rpython.rlib.parsing.ebnfparse import *
from rpython.rlib.parsing.parsing import ParseError
from rpython.rlib.parsing.deterministic import LexerError


class SumToAST(object):
    def visit_sum(self, node):
        length = len(node.children)
        if length == 1:
            children = []
            children.extend([node.children[0]])
            return [Nonterminal(node.symbol, children)]
        children = []
        children.extend([node.children[0]])
        expr = self.visit_sum(node.children[2])
        assert len(expr) == 1
        children.extend(expr[0].children)
        return [Nonterminal(node.symbol, children)]

    def transform(self, tree):
        assert isinstance(tree, Nonterminal)
        assert tree.symbol == 'sum'
        r = self.visit_sum(tree)
        assert len(r) == 1
        if not we_are_translated():
            try:
                if py.test.config.option.view:
                    r[0].view()
            except AttributeError:
                pass
        return r[0]


parser = PackratParser([Rule('sum', [['NUMBER', '__0_+', 'sum'], ['NUMBER']])], 'sum')


def recognize(runner, i):
    assert i >= 0
    input = runner.text
    state = 0
    while 1:
        if state == 0:
            try:
                char = input[i]
                i += 1
            except IndexError:
                runner.state = 0
                return ~i
            if char == ' ':
                state = 3
            elif char == '+':
                state = 2
            elif '0' <= char <= '9':
                state = 1
            else:
                break
        if state == 1:
            runner.last_matched_index = i - 1
            runner.last_matched_state = state
            try:
                char = input[i]
                i += 1
            except IndexError:
                runner.state = 1
                return i
            if '0' <= char <= '9':
                state = 1
                continue
            else:
                break
        runner.last_matched_state = state
        runner.last_matched_index = i - 1
        runner.state = state
        if i == len(input):
            return i
        else:
            return ~i
        break
    runner.state = state
    return ~i


lexer = DummyLexer(recognize,
                   DFA(4,
                 {(0, ' '): 3, (0, '+'): 2, (0, '0'): 1, (0, '1'): 1, (0, '2'): 1, (0, '3'): 1,
                  (0, '4'): 1, (0, '5'): 1, (0, '6'): 1, (0, '7'): 1, (0, '8'): 1, (0, '9'): 1,
                  (1, '0'): 1, (1, '1'): 1, (1, '2'): 1, (1, '3'): 1, (1, '4'): 1, (1, '5'): 1,
                  (1, '6'): 1, (1, '7'): 1, (1, '8'): 1, (1, '9'): 1},
                       set([1, 2, 3]), set([1, 2, 3]),
                       ['0', 'NUMBER', '__0_+', 'IGNORE']),
                   {'IGNORE': None})


def total(source):
    try:
        tree = SumToAST().transform(parser.parse(lexer.tokenize(source)))
    except ParseError as e:
        return "ParseError at %d: expected %s" % (
            e.source_pos.i, " ".join(e.errorinformation.failure_reasons))
    except LexerError as e:
        return "LexerError at %d" % e.source_pos.i
    result = 0
    for child in tree.children:
        result += int(child.additional_info)
    return "%d numbers, total %d" % (len(tree.children), result)


def entry_point(argv):
    print total("1 + 22 + 333")
    print total("7")
    print total("1 + + 2")
    print total("+ 1")
    print total("1 + 2 - 3")
    for arg in argv[1:]:
        print total(arg)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
