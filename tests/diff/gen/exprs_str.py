"""str expressions: literals, methods, conversions, % formatting, str.format, f-strings."""

from . import types as T
from . import literals as L
from .choose import pick
from .exprs import (text_of, PURE, int_expr, float_expr, bool_expr, child_fx, var_expr, traced,
                    call_expr, coerce_int, coerce_float)

STR_T = T.Str()


def str_expr(sc, d, fx, nullable=False):
    rng = sc.rng
    if nullable and rng.random() < 0.15:
        return 'None'
    if nullable and rng.random() < 0.3:
        v = var_expr(sc, lambda t: t.kind == 'str' and t.nullable)
        if v is not None:
            return v.name
    if d <= 0:
        return pick(rng, [(2, lambda: str_var(sc)), (2, lambda: str_literal(sc))])
    from . import exprs_seq as S
    from . import objects as O
    opts = [
        (3, lambda: str_literal(sc)),
        (4, lambda: str_var(sc)),
        (3, lambda: str_concat(sc, d, fx)),
        (3, lambda: str_method(sc, d, fx)),
        (2, lambda: str_slice(sc, d, fx)),
        (3, lambda: str_of(sc, d, fx)),
        (3, lambda: str_percent(sc, d, fx)),
        (1, lambda: str_format(sc, d, fx)),
        (1, lambda: str_fstring(sc, d, fx)),
        (1, lambda: str_join(sc, d, fx)),
        (1, lambda: str_char(sc, d, fx)),
        (2, lambda: str_call(sc, d, fx)),
        (1, lambda: str_cond(sc, d, fx)),
        (1, lambda: str_nullable_read(sc, d, fx)),
        (2, lambda: text_of(O.attr_read(sc, lambda t: t.kind == 'str' and not t.nullable, d, fx))),
        (2, lambda: S.str_from_seq(sc, d, fx)),
        (1, lambda: str_traced(sc, d, fx)),
    ]
    res = pick(rng, opts)
    return res if res is not None else str_literal(sc)


def str_literal(sc):
    return L.str_lit(L.pick_str(sc.rng, sc.unit.opts), sc.rng)


def str_var(sc):
    v = var_expr(sc, lambda t: t.kind == 'str' and not t.nullable)
    return v.name if v is not None else None


def str_traced(sc, d, fx):
    if fx == PURE:
        return None
    return traced(sc, str_expr(sc, d - 1, fx), STR_T, fx)


def str_nullable_read(sc, d, fx):
    v = var_expr(sc, lambda t: t.kind == 'str' and t.nullable)
    if v is None:
        return None
    alt = str_expr(sc, d - 1, fx)
    if sc.rng.random() < 0.5:
        return '(%s if %s is not None else %s)' % (v.name, v.name, alt)
    return '(%s or %s)' % (v.name, alt)


def str_concat(sc, d, fx):
    f = child_fx(sc, fx, 2)
    if sc.rng.random() < 0.2:
        k = sc.rng.randint(0, 3)
        return '(%s * %d)' % (str_expr(sc, d - 1, f[0]), k)
    return '(%s + %s)' % (str_expr(sc, d - 1, f[0]), str_expr(sc, d - 1, f[1]))


def small_index(sc, d, fx, lo=-8, hi=8):
    return coerce_int(sc, int_expr(sc, d - 1, fx), lo, hi)


def str_slice(sc, d, fx):
    rng = sc.rng
    f0, f1, f2 = child_fx(sc, fx, 3)
    s = str_expr(sc, d - 1, f0)
    r = rng.random()
    f = [f1, f2]
    if r < 0.3:
        return '%s[%s:]' % (paren(s), small_index(sc, d, f[0]))
    if r < 0.6:
        return '%s[:%s]' % (paren(s), small_index(sc, d, f[0]))
    if r < 0.8:
        return '%s[%s:%s]' % (paren(s), small_index(sc, d, f[0]), small_index(sc, d, f[1]))
    step = rng.choice(['-1', '2', '-2', '3'])
    return '%s[::%s]' % (paren(s), step)


def paren(t):
    """Parenthesize a literal so that subscripts and attributes bind to it."""
    if t and t[0] in '\'"-':
        return '(%s)' % t
    return t


def str_method(sc, d, fx):
    rng = sc.rng
    s = paren(str_expr(sc, d - 1, fx))
    m = rng.choice(['upper', 'lower', 'strip', 'lstrip', 'rstrip', 'strip_chars', 'replace',
                    'replace_n', 'swapcase', 'capitalize', 'title', 'zfill', 'ljust', 'rjust',
                    'center'])
    if m == 'strip_chars':
        return '%s.%s(%s)' % (s, rng.choice(['strip', 'lstrip', 'rstrip']),
                              L.str_lit(rng.choice(['a', ' x', 'ab', '.'])))
    if m in ('replace', 'replace_n'):
        old = L.str_lit(rng.choice(['a', 'b', 'ab', ' ', 'l', 'xyz', 'c']))
        new = str_expr(sc, 0, PURE) if rng.random() < 0.5 else L.str_lit(rng.choice(['', '-', 'QQ']))
        if m == 'replace_n':
            return '%s.replace(%s, %s, %d)' % (s, old, new, rng.randint(0, 2))
        return '%s.replace(%s, %s)' % (s, old, new)
    if m in ('zfill', 'ljust', 'rjust', 'center'):
        if not sc.on('str_pad'):
            return None
        w = rng.randint(0, 12)
        if m != 'zfill' and rng.random() < 0.4:
            return '%s.%s(%d, %s)' % (s, m, w, L.str_lit(rng.choice(['*', '.', '0'])))
        return '%s.%s(%d)' % (s, m, w)
    if m in ('swapcase', 'capitalize', 'title') and not sc.on('str_case'):
        return None
    if m in ('swapcase', 'capitalize', 'title') and sc.unit.dialect == 3 and \
            sc.on('char_escapes') and not sc.on('str_case_text'):
        # an operand that holds ASCII only
        s = paren(L.str_lit(rng.choice(L.WORDS)))
    return '%s.%s()' % (s, m)


def str_of(sc, d, fx):
    """str()/repr()/hex()... of other values."""
    from . import exprs_seq as S
    rng = sc.rng
    r = rng.random()
    if r < 0.3:
        return 'str(%s)' % int_expr(sc, d - 1, fx)[0]
    if r < 0.45:
        if sc.unit.dialect == 2 and not sc.on('py2_float_str'):
            return 'repr(%s)' % float_expr(sc, d - 1, fx)[0]
        return '%s(%s)' % (rng.choice(['str', 'repr']), float_expr(sc, d - 1, fx)[0])
    if r < 0.55:
        return 'str(%s)' % bool_expr(sc, d - 1, fx)
    if r < 0.65:
        return 'repr(%s)' % str_expr(sc, d - 1, fx)
    if r < 0.8:
        t, lo, hi = int_expr(sc, d - 1, fx)
        fn = rng.choice(['hex', 'oct', 'bin'])
        return '%s(%s)' % (fn, t)
    ty = S.random_type(sc, 1, printable=True)
    if ty is None:
        return None
    if sc.unit.dialect == 3 and not T.printable(ty, sc.unit.opts, 3):
        return None  # a list of sets of strs: Python 3's order changes from run to run
    fn = 'repr' if ty.kind == 'str' or rng.random() < 0.5 else 'str'
    return '%s(%s)' % (fn, S.any_expr(sc, ty, d - 1, fx))


INT_SPECS = ['%d', '%i', '%5d', '%-5d', '%05d', '%+d', '% d', '%x', '%X', '%o', '%#x', '%#o',
             '%3x', '%-6X', '%+05d', '%s', '%r', '%u']
FLOAT_SPECS = ['%f', '%.2f', '%.0f', '%10.3f', '%-10.1f', '%+.3f', '%e', '%.3e', '%E', '%g',
               '%.3g', '%10g', '%G', '%08.2f', '% .1f', '%s', '%r', '%.12g', '%.17g', '%#.0f',
               '%.1e', '%5.1f%%']
STR_SPECS = ['%s', '%r', '%10s', '%-10s', '%.2s', '%5.1s', '%c']


def str_percent(sc, d, fx):
    rng = sc.rng
    n = rng.randint(1, 3)
    f = child_fx(sc, fx, n, 'eval_order')
    fmts, args = [], []
    for i in range(n):
        k = rng.random()
        if k < 0.4:
            spec = rng.choice(INT_SPECS)
            args.append(int_expr(sc, d - 1, f[i])[0])
        elif k < 0.7 and sc.on('float_format'):
            spec = rng.choice(FLOAT_SPECS)
            if sc.unit.dialect == 2 and spec == '%s' and not sc.on('py2_float_str'):
                spec = '%r'
            args.append(float_expr(sc, d - 1, f[i])[0])
        elif k < 0.8:
            spec = rng.choice(['%s', '%r', '%d'])
            args.append(bool_expr(sc, d - 1, f[i]))
        else:
            spec = rng.choice(STR_SPECS)
            if spec == '%c':
                args.append(char_expr(sc, d - 1, f[i]))
            else:
                args.append(str_expr(sc, d - 1, f[i]))
        fmts.append(spec)
    sep = rng.choice([' ', '', ',', '|', ' = ', '%%'])
    fmt = L.str_lit(sep.join(fmts))
    if n == 1 and rng.random() < 0.5:
        return '(%s %% %s)' % (fmt, args[0])
    return '(%s %% (%s))' % (fmt, ', '.join(args) + (',' if n == 1 else ''))


def char_expr(sc, d, fx):
    rng = sc.rng
    if rng.random() < 0.5:
        return L.str_lit(rng.choice('abcXYZ09 .-'))
    return 'chr(%s)' % coerce_int(sc, int_expr(sc, d - 1, fx), 32, 126)


FMT_INT = ['{}', '{:d}', '{:5d}', '{:<5}', '{:>6}', '{:^7}', '{:x}', '{:#x}', '{:,}', '{:+d}',
           '{:08d}', '{!r}', '{:b}', '{:o}']
FMT_FLOAT = ['{}', '{:.2f}', '{:10.3f}', '{:e}', '{:g}', '{:.1%}', '{:+.2f}', '{:<9.2f}',
             '{:,.2f}', '{!r}', '{:.0f}', '{:08.3f}', '{:.3}', '{:G}']
FMT_STR = ['{}', '{:>8}', '{:<8}', '{:^8}', '{!r}', '{:.2}', '{:*^9}']


def str_format(sc, d, fx):
    rng = sc.rng
    if not sc.on('float_format'):
        return None
    n = rng.randint(1, 3)
    f = child_fx(sc, fx, n, 'eval_order')
    parts, args = [], []
    for i in range(n):
        k = rng.random()
        if k < 0.4:
            parts.append(rng.choice(FMT_INT))
            args.append(int_expr(sc, d - 1, f[i])[0])
        elif k < 0.75:
            spec = rng.choice(FMT_FLOAT)
            if sc.unit.dialect == 2 and spec == '{}' and not sc.on('py2_float_str'):
                spec = '{!r}'
            parts.append(spec)
            args.append(float_expr(sc, d - 1, f[i])[0])
        else:
            parts.append(rng.choice(FMT_STR))
            args.append(str_expr(sc, d - 1, f[i]))
    if rng.random() < 0.3:
        # explicit indexes
        parts = [p.replace('{', '{%d' % i, 1) for i, p in enumerate(parts)]
    if n == 1 and rng.random() < 0.4 and parts[0].startswith('{:'):
        return 'format(%s, %s)' % (args[0], L.str_lit(parts[0][2:-1]))
    return '%s.format(%s)' % (L.str_lit(rng.choice([' ', '/', '']).join(parts)), ', '.join(args))


def str_fstring(sc, d, fx):
    if sc.unit.dialect != 3 or not sc.on('fstrings'):
        return None
    rng = sc.rng
    n = rng.randint(1, 2)
    f = child_fx(sc, fx, n, 'eval_order')
    out = []
    for i in range(n):
        if rng.random() < 0.5:
            spec = rng.choice(['', ':5d', ':x', '!r', ':>4'])
            out.append('{%s%s}' % (int_expr(sc, d - 1, f[i])[0], spec))
        elif sc.on('float_format'):
            spec = rng.choice(['', ':.3f', ':e', ':10.2f', '!r'])
            out.append('{%s%s}' % (float_expr(sc, d - 1, f[i])[0], spec))
        else:
            out.append('{%s}' % str_expr(sc, d - 1, f[i]))
        inner = out[-1][1:-1]
        if any(c in inner for c in '\'"\\{}'):
            return None
        out.append(rng.choice([' ', '-', 'x=']))
    return "f'%s'" % ''.join(out)


def str_join(sc, d, fx):
    from . import exprs_seq as S
    sep = L.str_lit(sc.rng.choice(['', ',', ' ', '--', '\n']))
    return '%s.join(%s)' % (sep, S.list_expr(sc, T.List(STR_T), d - 1, fx))


def str_char(sc, d, fx):
    """A one-character string: s[i] guarded, chr()."""
    if sc.rng.random() < 0.4:
        return char_expr(sc, d, fx)
    v = var_expr(sc, lambda t: t.kind == 'str' and not t.nullable)
    if v is None:
        return None
    i = int_expr(sc, d - 1, fx)[0]
    if sc.rng.random() < 0.3:
        return '(%s[-1] if %s else %s)' % (v.name, v.name, L.str_lit('?'))
    return '(%s[%s %% len(%s)] if %s else %s)' % (v.name, i, v.name, v.name, L.str_lit('-'))


def str_call(sc, d, fx):
    res = call_expr(sc, lambda t: t is not None and t.kind == 'str' and not t.nullable, d, fx)
    return res[0] if res is not None else None


def str_cond(sc, d, fx):
    c = bool_expr(sc, d - 1, fx)
    return '(%s if %s else %s)' % (str_expr(sc, d - 1, fx), c, str_expr(sc, d - 1, fx))
