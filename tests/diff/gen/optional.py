"""Values that may be None: a number or a tuple assigned None on one path and a value on another
(a best-so-far search, a value found or not), then printed, compared with None and with values,
tested for truth, and used after an `is not None` test."""

from .exprs import ANY, PURE, bool_expr, int_expr, traced


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


# Method calls and iteration on a list, str or dict that may be None, each in a try statement:
# Python raises AttributeError when the method is looked up (before its arguments run: an argument
# is a traced call) and TypeError where the value is iterated or its items are needed.
_NULLABLE_USES = {
    'list': ['{v}.append({a})', '{v}.pop()', '{v}.index({a})', '{v}.count({a})', '{v}.insert(0, {a})',
             'len({v})', '[x + 1 for x in {v}]', 'sorted({v})', 'list({v})', 'sum({v})', 'max({v})',
             '{a} in {v}', '{v}[0]'],
    'str': ['{v}.upper()', '{v}.split()', '{v}.find("b", {a})', '{v}.replace("a", "q")', '{v}.startswith("a")',
            'len({v})', '[c for c in {v}]', 'sorted({v})', '"-".join({v}.split())', '{v} + "!"'],
    'dict': ['{v}.get({a})', '{v}.get({a}, 0)', 'sorted({v}.keys())', 'sorted({v}.values())', 'len({v})',
             'sorted({v})', '{a} in {v}', '[k for k in {v}]'],
}


def nullable_container_stmt(sc, ed, out):
    from .types import Int
    rng = sc.rng
    v = sc.unit.fresh('nc')
    i = sc.unit.fresh('k')
    e = sc.unit.fresh('e')
    kind = rng.choice(sorted(_NULLABLE_USES))
    a, b = rng.randint(-2, 5), rng.randint(-2, 5)
    value = {'list': '[%d, %d, 3]' % (a, b), 'str': rng.choice(['"ab c"', '"xbz"', '"a b"']),
             'dict': '{%d: %d, 3: 4}' % (a, b)}[kind]
    out.append('%s = None' % v)
    # (a test of the loop's variable: a test the annotator folds would leave it always None, which
    # RPython refuses to read an attribute of)
    out.append('for %s in range(%d):' % (i, rng.randint(0, 3)))
    out.append('    if %s %% 2 == %d:' % (i, rng.randint(0, 1)))
    out.append('        %s = %s' % (v, value))
    for use in rng.sample(_NULLABLE_USES[kind], 2):
        arg = traced(sc, str(rng.randint(-1, 4)), Int(-1, 4), ANY)
        out.append('try:')
        out.append('    print(%s)' % use.format(v=v, a=arg))
        out.append('except (AttributeError, TypeError, ValueError) as %s:' % e)
        out.append("    print(type(%s).__name__ + ': ' + str(%s))" % (e, e))
    sc.prints = True
    return True
