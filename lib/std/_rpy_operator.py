"""rpy's operator functions, written for translated code.

The evaluator runs the real operator module while the program is imported; a call of one of its
functions in translated code (operator.add(a, b), or `function(a, b)` where `function` is
operator.mul given to reduce() or kept in a table) calls the function of the same name here in
its place (annotate/replacement_rules.cpp), one copy per argument types (specialize:argtype).
itemgetter and attrgetter have their own copies in _rpy_itertools.
"""
from __future__ import division


from _rpy_spec import spec as _spec


@_spec("specialize:argtype(0, 1)")
def add(a, b):
    return a + b


@_spec("specialize:argtype(0, 1)")
def concat(a, b):
    return a + b


@_spec("specialize:argtype(0, 1)")
def sub(a, b):
    return a - b


@_spec("specialize:argtype(0, 1)")
def mul(a, b):
    return a * b


@_spec("specialize:argtype(0, 1)")
def truediv(a, b):
    return a / b


@_spec("specialize:argtype(0, 1)")
def div(a, b):
    # Python 2's operator.div: the classic '/', which floors two ints
    if isinstance(a, int) and isinstance(b, int):
        return a // b
    return a / b


@_spec("specialize:argtype(0, 1)")
def floordiv(a, b):
    return a // b


@_spec("specialize:argtype(0, 1)")
def mod(a, b):
    return a % b


@_spec("specialize:argtype(0, 1)")
def pow(a, b):
    return a ** b


@_spec("specialize:argtype(0, 1)")
def lshift(a, b):
    return a << b


@_spec("specialize:argtype(0, 1)")
def rshift(a, b):
    return a >> b


@_spec("specialize:argtype(0, 1)")
def and_(a, b):
    return a & b


@_spec("specialize:argtype(0, 1)")
def or_(a, b):
    return a | b


@_spec("specialize:argtype(0, 1)")
def xor(a, b):
    return a ^ b


@_spec("specialize:argtype(0)")
def neg(a):
    return -a


@_spec("specialize:argtype(0)")
def pos(a):
    return +a


@_spec("specialize:argtype(0)")
def invert(a):
    return ~a


@_spec("specialize:argtype(0)")
def inv(a):
    return ~a


@_spec("specialize:argtype(0)")
def not_(a):
    return not a


@_spec("specialize:argtype(0)")
def truth(a):
    return bool(a)


_builtin_abs = abs


@_spec("specialize:argtype(0)")
def abs(a):
    return _builtin_abs(a)


@_spec("specialize:argtype(0, 1)")
def eq(a, b):
    return a == b


@_spec("specialize:argtype(0, 1)")
def ne(a, b):
    return a != b


@_spec("specialize:argtype(0, 1)")
def lt(a, b):
    return a < b


@_spec("specialize:argtype(0, 1)")
def le(a, b):
    return a <= b


@_spec("specialize:argtype(0, 1)")
def gt(a, b):
    return a > b


@_spec("specialize:argtype(0, 1)")
def ge(a, b):
    return a >= b


@_spec("specialize:argtype(0, 1)")
def is_(a, b):
    return a is b


@_spec("specialize:argtype(0, 1)")
def is_not(a, b):
    return a is not b


@_spec("specialize:argtype(0, 1)")
def contains(a, b):
    return b in a


@_spec("specialize:argtype(0, 1)")
def getitem(a, b):
    return a[b]


@_spec("specialize:argtype(0, 1)")
def countOf(a, b):
    n = 0
    for x in a:
        if x == b:
            n += 1
    return n


@_spec("specialize:argtype(0, 1)")
def indexOf(a, b):
    i = 0
    for x in a:
        if x == b:
            return i
        i += 1
    raise ValueError("sequence.index(x): x not in sequence")
