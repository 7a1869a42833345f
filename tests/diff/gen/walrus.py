"""Assignment expressions (Python 3 scripts): `(w := e)` in if and while tests and in a
comprehension's condition, where the name binds in the enclosing function (PEP 572) and is read
after the statement."""

from . import types as T
from . import literals as L
from .code import Block
from .exprs import PURE, ANY, int_expr, coerce_int_val, bool_expr


def walrus_stmt(sc, d, out):
    from .stmts import nested
    from . import exprs_seq as S
    rng = sc.rng
    if sc.unit.dialect != 3:
        return None
    sc.forget_intervals()
    w = sc.unit.fresh('w')
    t, lo, hi = coerce_int_val(sc, int_expr(sc, 2, ANY), -1000, 1000)
    lit = L.int_lit(rng.randint(-20, 20), rng, 3)
    cmp = rng.choice(['<', '>', '<=', '>=', '==', '!='])
    r = rng.random()
    if r < 0.4:
        test = '(%s := %s) %s %s' % (w, t, cmp, lit)
        if rng.random() < 0.4:
            test = '%s and %s' % (test, bool_expr(sc, 1, PURE)) if rng.random() < 0.5 else \
                '%s or %s' % (bool_expr(sc, 1, PURE), test)
            read_after = False   # `or` may skip the assignment
        else:
            read_after = True
        sc.push()
        if read_after:
            sc.declare(w, T.Int(lo, hi), mutable=False)
        body = nested(sc, rng.randint(1, 3), d - 1)
        sc.pop()
        out.append(Block('if %s' % test, body))
        if read_after:
            out.append(Block('else', nested(sc, 1, d - 1)))
    elif r < 0.7:
        n = sc.unit.fresh('n')
        out.append('%s = 0' % n)
        k = rng.randint(1, 4)
        test = '%s < %d and (%s := %s) %s %s' % (n, k, w, t, cmp, lit)
        sc.push()
        sc.declare(w, T.Int(lo, hi), mutable=False)
        body = ['%s += 1' % n] + nested(sc, rng.randint(1, 2), d - 1, loop_mult=k)
        sc.pop()
        out.append(Block('while %s' % test, body))
        read_after = True
    else:
        ety, src = S.iterable_expr(sc, 1, PURE)
        c = sc.unit.fresh('c')
        sc.push()
        sc.declare(c, ety, mutable=False)
        t, lo, hi = coerce_int_val(sc, int_expr(sc, 1, ANY), -1000, 1000)
        sc.pop()
        v = sc.unit.fresh('v')
        out.append('%s = [%s for %s in %s if (%s := %s) %s %s]' % (v, w, c, src, w, t, cmp, lit))
        sc.declare(v, T.List(T.Int(lo, hi)))
        read_after = False   # bound only when the source was not empty
    if read_after:
        sc.declare(w, T.Int(lo, hi))
    sc.had_nested = True
    sc.forget_intervals()
    return True
