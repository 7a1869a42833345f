# python2
# rpython.rlib.parsing: a calculator whose parser is made at import time from an EBNF grammar
# (parse_ebnf, make_parse_function), the tree reshaped by the generated ToAST ([x] drops x,
# <x> replaces a node by x, >x< splices x's children), evaluated by an RPythonVisitor at run
# time; a ParseError and a LexerError reported with their positions.
from rpython.rlib.parsing.ebnfparse import parse_ebnf, make_parse_function
from rpython.rlib.parsing.parsing import ParseError
from rpython.rlib.parsing.deterministic import LexerError
from rpython.rlib.parsing.tree import RPythonVisitor, Symbol, Nonterminal

grammar = r"""
IGNORE: " |\n|\t";
NUMBER: "0|[1-9][0-9]*(\.[0-9]+)?";
NAME: "[a-zA-Z_][a-zA-Z0-9_]*";
program: statement* [EOF];
statement: NAME ["="] expr [";"] | <expr> [";"];
expr: additive;
additive: multitive "+" additive | multitive "-" additive | <multitive>;
multitive: unary "*" multitive | unary "/" multitive | <unary>;
unary: "-" unary | <call>;
call: NAME ["("] >args< [")"] | <primary>;
args: (expr [","])* expr;
primary: ["("] <additive> [")"] | <NUMBER> | <NAME>;
"""

regexs, rules, ToAST = parse_ebnf(grammar)
parse = make_parse_function(regexs, rules, eof=True)


def dump(node):
    if isinstance(node, Symbol):
        return "%s:%s" % (node.symbol, node.additional_info)
    assert isinstance(node, Nonterminal)
    parts = [dump(child) for child in node.children]
    return "%s(%s)" % (node.symbol, " ".join(parts))


class Evaluator(RPythonVisitor):
    def __init__(self):
        self.variables = {}

    def visit_program(self, node):
        last = 0.0
        for child in node.children:
            last = self.dispatch(child)
        return last

    def visit_statement(self, node):
        value = self.dispatch(node.children[1])
        self.variables[node.children[0].additional_info] = value
        return value

    def visit_expr(self, node):
        return self.dispatch(node.children[0])

    def visit_additive(self, node):
        left = self.dispatch(node.children[0])
        right = self.dispatch(node.children[2])
        if node.children[1].additional_info == "+":
            return left + right
        return left - right

    def visit_multitive(self, node):
        left = self.dispatch(node.children[0])
        right = self.dispatch(node.children[2])
        if node.children[1].additional_info == "*":
            return left * right
        return left / right

    def visit_unary(self, node):
        return -self.dispatch(node.children[1])

    def visit_call(self, node):
        name = node.children[0].additional_info
        values = [self.dispatch(child) for child in node.children[1:]]
        if name == "max":
            best = values[0]
            for value in values:
                if value > best:
                    best = value
            return best
        if name == "sum":
            total = 0.0
            for value in values:
                total += value
            return total
        raise ValueError

    def visit_NUMBER(self, node):
        return float(node.additional_info)

    def visit_NAME(self, node):
        return self.variables.get(node.additional_info, 0.0)


def run(source):
    try:
        tree = parse(source)
    except ParseError as e:
        print e.nice_error_message("<calc>", source)
        return
    except LexerError as e:
        print e.nice_error_message("<calc>")
        return
    ast = ToAST().transform(tree)
    print dump(ast)
    print Evaluator().dispatch(ast)


def entry_point(argv):
    run("1 + 2 * 3;")
    run("x = (1 + 2) * 3;\ny = x - -4 / 2;\nmax(x, y, sum(1, 2, 3.5)) * 2;")
    run("a = 7;\nb = a *\n  (a + );")
    run("1 + 2 $ 3;")
    run("")
    for arg in argv[1:]:
        run(arg)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
