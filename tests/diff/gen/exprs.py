"""Expressions of a requested type: the dispatcher, ints, floats and bools.

Every int expression comes with the interval of its value, computed as it is built; an operation
whose result may leave the machine word is wrapped in intmask() (Python 2 and 3 then agree with
translated code) or not generated. `fx` says which side effects the expression may have:
0 none (no calls, no tracers), 1 no printing, 2 any.
"""

from . import types as T
from . import literals as L
from .choose import pick, Fail

PURE, NOPRINT, ANY = 0, 1, 2
INT_RANGES = [(-100, 100), (0, 50), (-1000000, 1000000), (-(1 << 40), 1 << 40),
              (T.MININT, T.MAXINT), (0, 9), (-5, 5)]
FLOAT_RANGES = [(-1000.0, 1000.0), (-1e6, 1e6), (0.0, 100.0), (-1.0, 1.0)]


def expr(sc, ty, d, fx=ANY):
    """Text of an expression whose value can be stored where `ty` is declared."""
    from . import exprs_seq as S
    from . import objects as O
    k = ty.kind
    if k == 'int':
        return coerce_int(sc, int_expr(sc, d, fx), ty.lo, ty.hi)
    if k == 'float':
        return coerce_float(sc, float_expr(sc, d, fx), ty.lo, ty.hi)
    if k == 'bool':
        return bool_expr(sc, d, fx)
    if k == 'str':
        return S.str_expr(sc, d, fx, nullable=ty.nullable)
    if k == 'list':
        return S.list_expr(sc, ty, d, fx)
    if k == 'tuple':
        return S.tuple_expr(sc, ty, d, fx)
    if k == 'dict':
        return S.dict_expr(sc, ty, d, fx)
    if k == 'set':
        return S.set_expr(sc, ty, d, fx)
    if k == 'inst':
        return O.inst_expr(sc, ty, d, fx)
    raise ValueError(k)


def child_fx(sc, fx, n, position='eval_order'):
    """Effect levels for the `n` operands of a construct: with the position's evaluation-order
    feature off, at most one operand may have effects."""
    if fx == PURE or n <= 1 or sc.on(position):
        return [fx] * n
    out = [PURE] * n
    out[sc.rng.randrange(n)] = fx
    return out


# ---------------------------------------------------------------------------------------------
# Shared productions: variables, calls, conditionals, tracers

def var_expr(sc, pred, usable=lambda v: True):
    vs = [v for v in sc.all_vars() if pred(v.ty) and usable(v)]
    if not vs:
        return None
    return sc.rng.choice(vs)


def traced(sc, text, ty, fx):
    """Wrap `text` in the unit's tracer for its type (logs a tag, returns the value)."""
    if fx == PURE or not sc.unit.on('eval_order') and sc.rng.random() < 0.5:
        return text
    name = sc.unit.tracer(ty)
    sc.effects = True
    return '%s(%s, %s)' % (name, L.str_lit(sc.unit.tag()), text)


def call_expr(sc, pred, d, fx):
    """A call of a function of this unit whose result type satisfies `pred`: (text, ret)."""
    from . import funcs as F
    return F.call_returning(sc, pred, d, fx)


# ---------------------------------------------------------------------------------------------
# ints

def int_expr(sc, d, fx=ANY):
    """(text, lo, hi) of an int expression."""
    rng = sc.rng
    if d <= 0:
        res = pick(rng, [(3, lambda: int_var(sc)), (2, lambda: int_literal(sc))])
        return res
    from . import exprs_seq as S
    from . import objects as O
    opts = [
        (2, lambda: int_literal(sc)),
        (4, lambda: int_var(sc)),
        (6, lambda: int_binop(sc, d, fx)),
        (2, lambda: int_unop(sc, d, fx)),
        (2, lambda: int_call(sc, d, fx)),
        (2, lambda: S.int_from_seq(sc, d, fx)),
        (1, lambda: int_minmax(sc, d, fx)),
        (1, lambda: int_cond(sc, d, fx)),
        (1, lambda: int_conv(sc, d, fx)),
        (2, lambda: num_attr(sc, 'int', d, fx)),
        (1, lambda: int_traced(sc, d, fx)),
        (1, lambda: int_andor(sc, d, fx)),
        (0.3, lambda: int_edge_op(sc)),
        (1, lambda: X.int_extra(sc, d, fx)),
    ]
    from . import extras as X
    res = pick(rng, opts)
    if res is None:
        return int_literal(sc)
    return res


def text_of(res):
    return res[0] if res is not None else None


def num_attr(sc, kind, d, fx):
    from . import objects as O
    res = O.attr_read(sc, lambda t: t.kind == kind, d, fx)
    if res is None:
        return None
    return (res[0], res[1].lo, res[1].hi)


def int_literal(sc):
    lo, hi = sc.rng.choice(INT_RANGES)
    v = L.pick_int(sc.rng, lo, hi)
    return (L.int_lit(v, sc.rng, sc.unit.dialect), v, v)


def int_var(sc):
    v = var_expr(sc, lambda t: t.kind == 'int')
    if v is None:
        return None
    lo, hi = v.interval()
    return (v.name, lo, hi)


def int_traced(sc, d, fx):
    if fx == PURE:
        return None
    t, lo, hi = int_expr(sc, d - 1, fx)
    return (traced(sc, t, T.Int(lo, hi), fx), lo, hi)


def wrap(sc, text, lo, hi):
    """An int expression whose exact value lies in [lo, hi] (maybe beyond the machine word)."""
    if T.fits_word(lo, hi):
        return (text, lo, hi)
    if not sc.on('intmask'):
        return None
    sc.unit.imports.add('intmask')
    return ('intmask(%s)' % text, T.MININT, T.MAXINT)


def nonzero(sc, e):
    """An int operand that is never 0, from e=(text, lo, hi): intervals of the negative and
    positive parts."""
    t, lo, hi = e
    if lo > 0 or hi < 0:
        return e
    r = sc.rng.random()
    if r < 0.5:
        k = sc.rng.choice([1, 3, 7, -2, 10])
        return ('(%s or %s)' % (t, L.int_lit(k, sc.rng, sc.unit.dialect)), min(lo, k), max(hi, k))
    if hi < T.MAXINT:
        return ('(abs(%s) + 1)' % t, 1, max(abs(lo), abs(hi)) + 1) if lo > T.MININT else \
            ('((%s & 1023) + 1)' % t, 1, 1024)
    return ('((%s & 1023) + 1)' % t, 1, 1024)


def int_binop(sc, d, fx):
    rng = sc.rng
    ops = ['+', '-', '*', '//', '%', '<<', '>>', '&', '|', '^', '**']
    if sc.unit.dialect == 2:
        ops.append('/')
    op = rng.choice(ops)
    fa, fb = child_fx(sc, fx, 2)
    a = int_expr(sc, d - 1, fa)
    if op in ('<<', '>>'):
        hi_sh = 127 if sc.on('big_shift') and rng.random() < 0.1 else 63
        b = coerce_int_val(sc, int_expr(sc, d - 1, fb), 0, hi_sh)
    elif op == '**':
        k = rng.randint(0, 4)
        b = (str(k), k, k)
    else:
        b = int_expr(sc, d - 1, fb)
    at, alo, ahi = a
    if op in ('//', '%', '/'):
        b = nonzero(sc, b)
    bt, blo, bhi = b
    text = '(%s %s %s)' % (at, op, bt)
    if op == '+':
        return wrap(sc, text, alo + blo, ahi + bhi)
    if op == '-':
        return wrap(sc, text, alo - bhi, ahi - blo)
    if op == '*':
        c = [alo * blo, alo * bhi, ahi * blo, ahi * bhi]
        return wrap(sc, text, min(c), max(c))
    if op == '**':
        lo, hi = pow_interval(alo, ahi, blo)
        return wrap(sc, text, lo, hi)
    if alo == T.MININT and blo <= -1 <= bhi and not sc.on('minint_div'):
        return None
    if op in ('//', '/'):
        m = max(abs(alo), abs(ahi))
        return wrap(sc, text, -m, m)
    if op == '%':
        if alo == T.MININT and blo <= -1 <= bhi and sc.unit.dialect == 2:
            # Python 2 computes -2**63 % -1 as the long 0L (translated RPython: the int 0)
            if not sc.on('intmask'):
                return None
            sc.unit.imports.add('intmask')
            text = 'intmask(%s)' % text
        return (text, min(0, blo + 1), max(0, bhi - 1))
    if op == '<<':
        c = [alo << blo, alo << bhi, ahi << blo, ahi << bhi]
        return wrap(sc, text, min(c), max(c))
    if op == '>>':
        return (text, min(alo, 0), max(ahi, 0))
    # & | ^
    if op == '&' and blo >= 0:
        return (text, 0, bhi)
    if op == '&' and alo >= 0:
        return (text, 0, ahi)
    m = max(abs(alo), abs(ahi), abs(blo), abs(bhi))
    k = m.bit_length()
    if alo >= 0 and blo >= 0:
        return (text, 0, (1 << k) - 1)
    return wrap(sc, text, -(1 << k), (1 << k) - 1)


def pow_interval(lo, hi, k):
    if k == 0:
        return 1, 1
    if k % 2:
        return lo ** k, hi ** k
    if lo <= 0 <= hi:
        return 0, max(lo ** k, hi ** k)
    return min(lo ** k, hi ** k), max(lo ** k, hi ** k)


def int_unop(sc, d, fx):
    t, lo, hi = int_expr(sc, d - 1, fx)
    r = sc.rng.random()
    if r < 0.35:
        if t.startswith('(-') and not sc.on('negate_literal'):
            return None
        return wrap(sc, '(-%s)' % t, -hi, -lo)
    if r < 0.7:
        m = max(abs(lo), abs(hi))
        return wrap(sc, 'abs(%s)' % t, 0 if lo <= 0 <= hi else min(abs(lo), abs(hi)), m)
    return ('(~%s)' % t, -hi - 1, -lo - 1)


def int_minmax(sc, d, fx):
    f = child_fx(sc, fx, 2, 'eval_order')
    a, b = int_expr(sc, d - 1, f[0]), int_expr(sc, d - 1, f[1])
    if sc.rng.random() < 0.5:
        return ('min(%s, %s)' % (a[0], b[0]), min(a[1], b[1]), min(a[2], b[2]))
    return ('max(%s, %s)' % (a[0], b[0]), max(a[1], b[1]), max(a[2], b[2]))


def int_cond(sc, d, fx):
    c = bool_expr(sc, d - 1, fx)
    a, b = int_expr(sc, d - 1, fx), int_expr(sc, d - 1, fx)
    return ('(%s if %s else %s)' % (a[0], c, b[0]), min(a[1], b[1]), max(a[2], b[2]))


def int_andor(sc, d, fx):
    a, b = int_expr(sc, d - 1, fx), int_expr(sc, d - 1, fx)
    op = sc.rng.choice(['and', 'or'])
    return ('(%s %s %s)' % (a[0], op, b[0]), min(a[1], b[1], 0), max(a[2], b[2], 0))


def int_call(sc, d, fx):
    res = call_expr(sc, lambda t: t is not None and t.kind == 'int', d, fx)
    if res is None:
        return None
    text, ret = res
    return (text, ret.lo, ret.hi)


def int_conv(sc, d, fx):
    rng = sc.rng
    r = rng.random()
    if r < 0.3:
        lo, hi = -1e15, 1e15
        t, flo, fhi = float_expr(sc, d - 1, fx)
        t = coerce_float(sc, (t, flo, fhi), lo, hi)
        return ('int(%s)' % t, int(lo), int(hi))
    if r < 0.5:
        return ('int(%s)' % bool_expr(sc, d - 1, fx), 0, 1)
    if r < 0.75:
        s = rng.choice(L.NUM_STRS)
        v = int(s)
        return ('int(%s)' % L.str_lit(s, rng), v, v)
    if r < 0.85:
        s = rng.choice(['ff', '-1A', '0', '7fffffff', 'DEAD', ' 10 '])
        v = int(s, 16)
        return ('int(%s, 16)' % L.str_lit(s, rng), v, v)
    t, lo, hi = int_expr(sc, d - 1, fx)
    if rng.random() < 0.5:
        return ('int(str(%s))' % t, lo, hi)
    return ('int(hex(%s), 16)' % t, lo, hi)


def int_edge_op(sc):
    """Operations at the edge of the machine word, whose result both sides can predict."""
    rng = sc.rng
    dialect = sc.unit.dialect
    if not sc.on('intmask'):
        return None
    sc.unit.imports.add('intmask')
    big = rng.choice([T.MAXINT, T.MININT, 1 << 62, -(1 << 62), (1 << 32) + 7])
    small = rng.choice([1, 2, 3, -1, 7, 1 << 31])
    op = rng.choice(['+', '-', '*'])
    text = 'intmask(%s %s %s)' % (L.int_lit(big, rng, dialect), op,
                                  L.int_lit(small, rng, dialect))
    if sc.on('minint_div') and rng.random() < 0.3:
        text = rng.choice(['intmask((-9223372036854775807 - 1) // (-1))',
                           # Python 2 makes this the long 0L: intmask gives the int
                           'intmask((-9223372036854775807 - 1) % (-1))' if dialect == 2 else
                           '((-9223372036854775807 - 1) % (-1))',
                           'intmask(-(-9223372036854775807 - 1))',
                           'intmask(abs(-9223372036854775807 - 1))'])
    return (text, T.MININT, T.MAXINT)


def coerce_int_val(sc, e, lo, hi):
    """(text, lo', hi') with [lo', hi'] within [lo, hi]."""
    t, elo, ehi = e
    if lo <= elo and ehi <= hi:
        return e
    rng = sc.rng
    w = hi - lo + 1
    if w <= T.MAXINT and rng.random() < 0.7:
        if lo == 0:
            return ('(%s %% %s)' % (t, L.int_lit(w, rng, sc.unit.dialect)), 0, hi)
        return ('(%s + %s %% %s)' % (L.int_lit(lo, rng, sc.unit.dialect), t,
                                     L.int_lit(w, rng, sc.unit.dialect)), lo, hi)
    return ('min(max(%s, %s), %s)' % (t, L.int_lit(lo, rng, sc.unit.dialect),
                                      L.int_lit(hi, rng, sc.unit.dialect)), lo, hi)


def coerce_int(sc, e, lo, hi):
    return coerce_int_val(sc, e, lo, hi)[0]


# ---------------------------------------------------------------------------------------------
# floats

def float_expr(sc, d, fx=ANY):
    rng = sc.rng
    if d <= 0:
        return pick(rng, [(3, lambda: float_var(sc)), (2, lambda: float_literal(sc))])
    from . import objects as O
    from . import exprs_seq as S
    opts = [
        (2, lambda: float_literal(sc)),
        (4, lambda: float_var(sc)),
        (5, lambda: float_binop(sc, d, fx)),
        (2, lambda: float_from_int(sc, d, fx)),
        (1, lambda: float_unop(sc, d, fx)),
        (1, lambda: float_math(sc, d, fx)),
        (2, lambda: float_call(sc, d, fx)),
        (1, lambda: float_cond(sc, d, fx)),
        (2, lambda: num_attr(sc, 'float', d, fx)),
        (1, lambda: S.float_from_seq(sc, d, fx)),
        (1, lambda: float_traced(sc, d, fx)),
    ]
    res = pick(rng, opts)
    return res if res is not None else float_literal(sc)


def float_literal(sc):
    r = sc.rng.random()
    if r < 0.1:
        s = sc.rng.choice([x for x in L.FLOAT_STRS if 'inf' not in x])
        v = float(s)
        return ('float(%s)' % L.str_lit(s, sc.rng), v, v)
    lo, hi = sc.rng.choice(FLOAT_RANGES)
    v = L.pick_float(sc.rng, lo, hi)
    return (L.float_lit(v), v, v)


def float_var(sc):
    v = var_expr(sc, lambda t: t.kind == 'float')
    if v is None:
        return None
    lo, hi = v.interval()
    return (v.name, lo, hi)


def float_traced(sc, d, fx):
    if fx == PURE:
        return None
    t, lo, hi = float_expr(sc, d - 1, fx)
    return (traced(sc, t, T.Float(lo, hi), fx), lo, hi)


def float_from_int(sc, d, fx):
    t, lo, hi = int_expr(sc, d - 1, fx)
    if sc.unit.dialect == 3 and sc.on('py3_int_div') and sc.rng.random() < 0.4:
        b = nonzero(sc, int_expr(sc, d - 1, fx))
        if not sc.on('big_true_div'):
            t = coerce_int(sc, (t, lo, hi), -(1 << 52), 1 << 52)
            lo, hi = max(lo, -(1 << 52)), min(hi, 1 << 52)
            bt = coerce_int(sc, b, 1, 1 << 52)
        else:
            bt = b[0]
        return ('(%s / %s)' % (t, bt), float(min(lo, -hi)), float(max(hi, -lo)))
    return ('float(%s)' % t, float(lo), float(hi))


def float_binop(sc, d, fx):
    rng = sc.rng
    op = rng.choice(['+', '-', '*', '/', '//', '%', '**'])
    fa, fb = child_fx(sc, fx, 2)
    at, alo, ahi = float_expr(sc, d - 1, fa)
    if op == '**':
        k = rng.choice([0, 1, 2, 3, 0.5])
        at = coerce_float(sc, (at, alo, ahi), 0.0, 1000.0) if k == 0.5 else \
            coerce_float(sc, (at, alo, ahi), -1000.0, 1000.0)
        m = 1000.0 ** max(k, 1)
        return ('(%s ** %r)' % (at, k), -m, m)
    bt, blo, bhi = float_expr(sc, d - 1, fb)
    if op in ('/', '//', '%'):
        if blo <= 0.0 <= bhi:
            bt, blo, bhi = ('(abs(%s) + 0.5)' % bt, 0.5, max(abs(blo), abs(bhi)) + 0.5)
        m = max(abs(alo), abs(ahi)) / min(abs(blo), abs(bhi)) + 1
        if op == '%':
            m = max(abs(blo), abs(bhi))
        res = ('(%s %s %s)' % (at, op, bt), -m, m)
    elif op in ('+', '-'):
        m = max(abs(alo), abs(ahi)) + max(abs(blo), abs(bhi))
        res = ('(%s %s %s)' % (at, op, bt), -m, m)
    else:
        m = max(abs(alo), abs(ahi)) * max(abs(blo), abs(bhi))
        res = ('(%s * %s)' % (at, bt), -m, m)
    if res[2] > 1e15:
        return coerce_float_val(sc, res, -1e6, 1e6)
    return res


def float_unop(sc, d, fx):
    t, lo, hi = float_expr(sc, d - 1, fx)
    if sc.rng.random() < 0.5:
        if not sc.on('negate_literal') and (t.startswith('(-') or t in dict(sc.unit.globals)):
            return None
        return ('(-%s)' % t, -hi, -lo)
    return ('abs(%s)' % t, 0.0, max(abs(lo), abs(hi)))


def float_math(sc, d, fx):
    sc.unit.imports.add('math')
    t, lo, hi = float_expr(sc, d - 1, fx)
    m = max(abs(lo), abs(hi))
    fn = sc.rng.choice(['sqrt', 'floor', 'ceil', 'fabs', 'fmod', 'exp', 'sin', 'atan'])
    if fn == 'sqrt':
        return ('math.sqrt(abs(%s))' % t, 0.0, m ** 0.5 + 1)
    if fn in ('floor', 'ceil'):
        if sc.unit.dialect == 3:
            return ('float(math.%s(%s))' % (fn, t), -m - 1, m + 1)
        return ('math.%s(%s)' % (fn, t), -m - 1, m + 1)
    if fn == 'fmod':
        return ('math.fmod(%s, 7.5)' % t, -7.5, 7.5)
    if fn == 'exp':
        t = coerce_float(sc, (t, lo, hi), -20.0, 20.0)
        return ('math.exp(%s)' % t, 0.0, 5e8)
    if fn == 'fabs':
        return ('math.fabs(%s)' % t, 0.0, m)
    return ('math.%s(%s)' % (fn, t), -2.0, 2.0)


def float_call(sc, d, fx):
    res = call_expr(sc, lambda t: t is not None and t.kind == 'float', d, fx)
    if res is None:
        return None
    return (res[0], res[1].lo, res[1].hi)


def float_cond(sc, d, fx):
    c = bool_expr(sc, d - 1, fx)
    a, b = float_expr(sc, d - 1, fx), float_expr(sc, d - 1, fx)
    return ('(%s if %s else %s)' % (a[0], c, b[0]), min(a[1], b[1]), max(a[2], b[2]))


def coerce_float_val(sc, e, lo, hi):
    t, elo, ehi = e
    if lo <= elo and ehi <= hi:
        return e
    w = hi - lo
    if sc.rng.random() < 0.6:
        if lo == 0.0:
            return ('(%s %% %r)' % (t, w), 0.0, hi)
        return ('(%s + %s %% %r)' % (L.float_lit(lo), t, w), lo, hi)
    return ('min(max(%s, %s), %s)' % (t, L.float_lit(lo), L.float_lit(hi)), lo, hi)


def coerce_float(sc, e, lo, hi):
    return coerce_float_val(sc, e, lo, hi)[0]


# ---------------------------------------------------------------------------------------------
# bools

def bool_expr(sc, d, fx=ANY):
    rng = sc.rng
    if d <= 0:
        res = pick(rng, [(2, lambda: bool_var(sc)), (1, lambda: rng.choice(['True', 'False'])),
                         (3, lambda: int_compare(sc, 0, PURE))])
        return res
    from . import exprs_seq as S
    from . import objects as O
    opts = [
        (1, lambda: rng.choice(['True', 'False'])),
        (3, lambda: bool_var(sc)),
        (6, lambda: int_compare(sc, d, fx)),
        (2, lambda: float_compare(sc, d, fx)),
        (2, lambda: chained_compare(sc, d, fx)),
        (3, lambda: bool_logic(sc, d, fx)),
        (3, lambda: S.bool_from_seq(sc, d, fx)),
        (2, lambda: bool_call(sc, d, fx)),
        (2, lambda: O.bool_from_obj(sc, d, fx)),
        (1, lambda: text_of(O.attr_read(sc, lambda t: t.kind == 'bool', d, fx))),
        (1, lambda: bool_traced(sc, d, fx)),
        (1.5, lambda: X.bool_extra(sc, d, fx)),
    ]
    from . import extras as X
    res = pick(rng, opts)
    return res if res is not None else rng.choice(['True', 'False'])


def bool_var(sc):
    v = var_expr(sc, lambda t: t.kind == 'bool')
    return v.name if v is not None else None


def bool_traced(sc, d, fx):
    if fx == PURE:
        return None
    return traced(sc, bool_expr(sc, d - 1, fx), T.Bool(), fx)


CMP = ['<', '<=', '>', '>=', '==', '!=']


def int_compare(sc, d, fx):
    f = child_fx(sc, fx, 2)
    a, b = int_expr(sc, d - 1, f[0]), int_expr(sc, d - 1, f[1])
    return '(%s %s %s)' % (a[0], sc.rng.choice(CMP), b[0])


def float_compare(sc, d, fx):
    f = child_fx(sc, fx, 2)
    if sc.rng.random() < 0.3:
        a = float_expr(sc, d - 1, f[0])[0]
        b = int_expr(sc, d - 1, f[1])[0]
    else:
        a, b = float_expr(sc, d - 1, f[0])[0], float_expr(sc, d - 1, f[1])[0]
    return '(%s %s %s)' % (a, sc.rng.choice(CMP), b)


def chained_compare(sc, d, fx):
    from . import exprs_seq as S
    n = sc.rng.randint(3, 4)
    f = child_fx(sc, fx, n, 'eval_order')
    if sc.rng.random() < 0.75:
        parts = [int_expr(sc, d - 1, f[i])[0] for i in range(n)]
    else:
        parts = [S.str_expr(sc, d - 1, f[i]) for i in range(n)]
    out = parts[0]
    for p in parts[1:]:
        out += ' %s %s' % (sc.rng.choice(CMP), p)
    return '(%s)' % out


def bool_logic(sc, d, fx):
    r = sc.rng.random()
    if r < 0.25:
        return '(not %s)' % bool_expr(sc, d - 1, fx)
    f = child_fx(sc, fx, 2)
    op = 'and' if r < 0.6 else 'or'
    return '(%s %s %s)' % (bool_expr(sc, d - 1, f[0]), op, bool_expr(sc, d - 1, f[1]))


def bool_call(sc, d, fx):
    res = call_expr(sc, lambda t: t is not None and t.kind == 'bool', d, fx)
    return res[0] if res is not None else None
