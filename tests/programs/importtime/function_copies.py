# python2
# Copies of functions made while the module is imported: types.FunctionType(f.func_code, ...) and
# rpython.tool.sourcetools.func_with_new_name give a function of its own (its name, defaults and
# attributes), which the translated program calls with other types than the original; with the
# other names real programs import beside them (jit.Counters, AnnotatorPolicy, NonConstant,
# rpython.conftest.option).
import types

from rpython.annotator.policy import AnnotatorPolicy
from rpython.conftest import option
from rpython.rlib.jit import Counters, JitHookInterface
from rpython.rlib.nonconst import NonConstant
from rpython.tool.sourcetools import func_renamer, func_with_new_name, valid_identifier

OUT = []


def r(*args):
    OUT.append(' '.join([str(a) for a in args]))


def binop(a, b=5):
    return a + b


binop.arity = 2
code = binop.func_code
r(code.co_name, code.co_argcount, code.co_varnames, code.co_firstlineno > 0)
r(code.co_filename.endswith('function_copies.py'), binop.__code__ is not None)

concat = func_with_new_name(binop, 'concat')
concat.func_defaults = ('!',)
concat.arity = 'two'
r(concat.__name__, concat('a'), concat('a', 'b'), concat.arity, binop.arity, concat is binop)
plain = types.FunctionType(code, binop.func_globals, 'plain')
try:
    plain(1)
except TypeError:
    r('plain has no defaults')
r(plain(1, 2), plain.__name__, binop(1), binop.__name__)


def make_op(symbol):
    def op(x, y):
        if symbol == '+':
            return x + y
        return x * y
    return func_with_new_name(op, 'op_' + valid_identifier(symbol))


add = make_op('+')
mul = make_op('*')
r(add.__name__, mul.__name__, add(2, 3), mul(2, 3))


@func_renamer('renamed')
def original(x):
    return -x


r(original.__name__, original(4), valid_identifier('a-b c'), valid_identifier('9x'))


class Policy(AnnotatorPolicy):
    pass


class Hooks(JitHookInterface):
    def on_abort(self, reason, jitdriver, greenkey, greenkey_repr, logops, operations):
        r(Counters.counter_names[reason])


Hooks().on_abort(Counters.ABORT_TOO_LONG, None, None, '', None, [])
r(isinstance(Policy(), AnnotatorPolicy), Counters.counter_names[Counters.TRACING],
  len(Counters.counter_names) == Counters.ncounters, option.view, NonConstant(7))


def entry_point(argv):
    for line in OUT:
        print line
    n = len(argv)
    print binop(n, 1), concat('x' * n), concat('x', 'y'), plain(n, n), add(n, 2), mul('ab', n)
    print original(n), NonConstant(n) + 1
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
