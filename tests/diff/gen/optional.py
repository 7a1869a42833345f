"""Values that may be None: a number or a tuple assigned None on one path and a value on another
(a best-so-far search, a value found or not), then printed, compared with None and with values,
tested for truth, and used after an `is not None` test."""

from .exprs import PURE, bool_expr, int_expr


def optional_stmt(sc, ed, out):
    rng = sc.rng
    o = sc.unit.fresh('opt')
    i = sc.unit.fresh('k')
    value, lo, hi = int_expr(sc, ed, PURE)
    as_tuple = rng.random() < 0.4
    second, lo2, hi2 = int_expr(sc, ed, PURE) if as_tuple else (None, 0, 0)
    # Arithmetic on the value only where it cannot overflow a machine word (RPython wraps, Python
    # 2 makes a long, a script stops): a comparison otherwise.
    lim = 1 << 61
    small = -lim < lo and hi < lim and -lim < lo2 and hi2 < lim
    out.append('%s = None' % o)
    out.append('for %s in range(%d):' % (i, rng.randint(0, 3)))
    out.append('    if %s:' % bool_expr(sc, ed, PURE))
    out.append('        %s = %s' % (o, '(%s, %s)' % (value, second) if as_tuple else value))
    out.append('print(%s)' % o)
    k = rng.randint(-3, 3)
    out.append('print(%s == %s)' % (o, '(%d, %d)' % (k, k) if as_tuple else k))
    out.append('print(%s %s None)' % (o, rng.choice(['is', 'is not', '==', '!='])))
    out.append('if %s:' % o)
    out.append('    print(%s)' % (o if as_tuple or not small else '%s * 2' % o))
    if as_tuple:
        use = ('%s[0] - %s[1]' if small else '%s[0] < %s[1]') % (o, o)
    else:
        use = ('%s - 1' if small else '%s > 0') % o
    out.append('if %s is not None:' % o)
    out.append('    print(%s)' % use)
    if sc.unit.dialect == 3 and not as_tuple:  # Python 2 orders None first: rpy refuses that
        out.append('print(%s is not None and %s < %d)' % (o, o, k))
    sc.prints = True
    return True
