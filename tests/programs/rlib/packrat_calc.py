# python2
# rpython.rlib.parsing.pypackrat: a calculator whose parser class is made at import time from
# its docstring; left-recursive rules (additive: additive '-' multitive) grow from a first
# solution, so 10-2-3 groups to the left; a failed parse reports its furthest position.
from rpython.rlib.parsing.pypackrat import PackratParser
from rpython.rlib.parsing.makepackrat import BacktrackException, Status

class Calc(PackratParser):
    r"""
    IGNORE:
        ` |\t|\n`;
    NUMBER:
        c = `0|[1-9][0-9]*`
        IGNORE*
        return {int(c)};
    expr:
        additive;
    additive:
        a = additive
        '-'
        IGNORE*
        b = multitive
        return {a - b}
      | a = additive
        '+'
        IGNORE*
        b = multitive
        return {a + b}
      | multitive;
    multitive:
        a = multitive
        '*'
        IGNORE*
        b = simple
        return {a * b}
      | simple;
    simple:
        '('
        IGNORE*
        e = expr
        ')'
        IGNORE*
        return {e}
      | NUMBER;
    """

def calc(s):
    p = Calc(s)
    return p.expr()

def entry_point(argv):
    for s in ["1+2*3", "10-2-3", "(1+2)*(3+4)", "2*", "7 * (8 - 1", "x", "12 - (3 * 2) - 1"]:
        try:
            print s, calc(s)
        except BacktrackException as e:
            print e.error.nice_error_message("<calc>", s)
    for arg in argv[1:]:
        print arg, calc(arg)
    return 0

def target(*a):
    return entry_point, None

if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
