# python2
# Programs written before 2013 import RPython's library under its old names (pypy.rlib,
# pypy.tool.pairtype, pypy.jit.codewriter.policy): the same objects as rpython.*. Also
# UnboxedValue (one int field named by __slots__) and extendabletype's `class __extend__`.
from pypy.rlib.jit import JitDriver, hint, purefunction
from pypy.rlib.objectmodel import UnboxedValue
from pypy.rlib.rarithmetic import intmask, ovfcheck
from pypy.rlib.unroll import unrolling_iterable
from pypy.tool.pairtype import extendabletype, pairtype, pair
import rpython.rlib.jit


class W_Root(object):
    __slots__ = []

    def to_int(self):
        raise NotImplementedError

    def show(self):
        return '<object>'


class W_Int(W_Root, UnboxedValue):
    __slots__ = ['ival']

    def to_int(self):
        return self.ival

    def show(self):
        return 'int %d' % self.ival


class W_Str(W_Root):
    def __init__(self, s):
        self.s = s

    def show(self):
        return 'str ' + self.s


class Machine(object):
    __metaclass__ = extendabletype

    def __init__(self):
        self.acc = 0


class __extend__(Machine):
    def add(self, w):
        self.acc = intmask(self.acc + w.to_int())
        return self.acc


# double dispatch tables built at import time
class Num(object):
    pass


class Small(Num):
    pass


class __extend__(pairtype(Num, Num)):
    def combine((a, b)):
        return 'num-num'


class __extend__(pairtype(Small, Num)):
    def combine((a, b)):
        return 'small-num'


COMBINED = [pair(Small(), Num()).combine(), pair(Num(), Small()).combine()]
BASES = (len(object.__bases__), len(Small.__bases__), len(pairtype(Small, Small).__bases__))
OPS = unrolling_iterable([(0, 'zero'), (1, 'one'), (2, 'two')])
driver = JitDriver(greens=['pc'], reds=['m', 'n'])


@purefunction
def op_name(code):
    for c, name in OPS:
        if c == code:
            return name
    return '?'


def run(n):
    m = Machine()
    pc = 0
    while pc < n:
        driver.jit_merge_point(pc=pc, m=m, n=n)
        m.add(W_Int(pc))
        pc += 1
    return m.acc


def entry_point(argv):
    n = len(argv) + 9
    print run(n), JitDriver is rpython.rlib.jit.JitDriver
    items = [W_Int(7), W_Str('x'), W_Int(-3)]
    for w in items:
        print w.show(), isinstance(w, W_Int)
    w = W_Int(n * 1000)
    print w.get_untagged_value(), hint(w, promote=True).to_int()
    for code in range(4):
        print op_name(code),
    print
    print COMBINED[0], COMBINED[1], BASES
    try:
        print ovfcheck(n * 4611686018427387903)
    except OverflowError:
        print 'overflow'
    try:
        W_Int(n << 60)
    except OverflowError as e:
        print 'OverflowError', e
    return 0


def target(driver, args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
