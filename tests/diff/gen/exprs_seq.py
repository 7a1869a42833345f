"""Container expressions (list, tuple, dict, set), values read out of containers, and the
choice of random types."""

from . import types as T
from . import literals as L
from .choose import pick
from .exprs import (text_of, PURE, ANY, expr, int_expr, float_expr, bool_expr, child_fx, var_expr,
                    traced, call_expr, coerce_int, INT_RANGES, FLOAT_RANGES)
from .exprs_str import str_expr, STR_T, paren

ELEM_INTS = [T.Int(-100, 100), T.Int(0, 50), T.Int(-1000000, 1000000), T.Int(T.MININT, T.MAXINT)]


def random_scalar(sc, printable=False):
    rng = sc.rng
    r = rng.random()
    if r < 0.4:
        lo, hi = rng.choice(INT_RANGES)
        return T.Int(lo, hi)
    if r < 0.55:
        lo, hi = rng.choice(FLOAT_RANGES)
        return T.Float(lo, hi)
    if r < 0.65:
        return T.Bool()
    return STR_T


def random_type(sc, depth=2, printable=False, hashable=False, allow_inst=True, item=False):
    """A random RPython type (printable: print shows it identically; hashable: a dict key)."""
    rng = sc.rng
    if hashable:
        r = rng.random()
        if r < 0.45:
            return rng.choice(ELEM_INTS)
        if r < 0.85 or depth <= 0:
            return STR_T
        return T.Tuple([rng.choice(ELEM_INTS), STR_T])
    r = rng.random()
    if depth <= 0 or r < 0.45:
        return random_scalar(sc, printable)
    if r < 0.65:
        return T.List(random_elem(sc, depth - 1, printable))
    if r < 0.75:
        n = rng.randint(1, 3)
        return T.Tuple([random_elem(sc, depth - 1, printable) for _ in range(n)])
    if r < 0.85 and sc.on('dicts'):
        ty = T.Dict(random_type(sc, depth - 1, hashable=True),
                    random_elem(sc, depth - 1, printable))
        if printable and not T.printable(ty, sc.unit.opts, sc.unit.dialect):
            return random_scalar(sc)
        return ty
    if r < 0.9 and sc.on('sets'):
        if printable and sc.unit.dialect == 2 and not sc.on('py2_set_repr'):
            return random_scalar(sc)
        ty = T.Set(random_type(sc, 0, hashable=True))
        if printable and sc.unit.dialect == 3 and not T.set_order_ok(ty, sc.unit.opts, 3):
            return random_scalar(sc)  # a set of strs: Python 3's order changes from run to run
        return ty
    if allow_inst and not printable and sc.unit.classes and sc.on('classes'):
        cands = [c for c in sc.unit.classes if not c.is_exc and not c.is_ctx and not c.is_iter]
        if cands:
            nullable = rng.random() < 0.3 and (not item or sc.on('nullable_items'))
            return T.Inst(rng.choice(cands), nullable=nullable)
    return random_scalar(sc, printable)


def random_elem(sc, depth, printable):
    rng = sc.rng
    r = rng.random()
    if r < 0.4:
        return rng.choice(ELEM_INTS)
    if r < 0.6:
        return STR_T
    if r < 0.7:
        return T.Float(-1e6, 1e6)
    if r < 0.75:
        return T.Bool()
    return random_type(sc, depth, printable, allow_inst=not printable, item=True)


def any_expr(sc, ty, d, fx=ANY):
    return expr(sc, ty, d, fx)


def same_var(sc, ty):
    """A variable whose declared type is exactly `ty` (containers: same intervals too)."""
    return var_expr(sc, lambda t: T.assignable(t, ty) and (t.kind in ('int', 'float') or
                                                          T.non_null(t) == T.non_null(ty)))


def nonnull_var(sc, pred):
    return var_expr(sc, lambda t: pred(t) and not t.nullable)


# ---------------------------------------------------------------------------------------------
# lists

def list_expr(sc, ty, d, fx):
    rng = sc.rng
    if ty.nullable and rng.random() < 0.15:
        return 'None'
    v = same_var(sc, ty)
    if d <= 0:
        if v is not None and (not v.ty.nullable or ty.nullable) and rng.random() < 0.7:
            return v.name
        return list_display(sc, ty, 0, PURE)
    opts = [
        (3, lambda: list_display(sc, ty, d, fx)),
        (4, lambda: v.name if v is not None and (ty.nullable or not v.ty.nullable) else None),
        (2, lambda: list_comp(sc, ty, d, fx)),
        (1, lambda: list_repeat(sc, ty, d, fx)),
        (2, lambda: list_ops(sc, ty, d, fx)),
        (2, lambda: list_from(sc, ty, d, fx)),
        (2, lambda: list_call(sc, ty, d, fx)),
        (1, lambda: list_traced(sc, ty, d, fx)),
    ]
    from . import objects as O
    opts.append((2, lambda: text_of(O.attr_read(sc, lambda t: T.assignable(t, ty), d, fx))))
    res = pick(rng, opts)
    return res if res is not None else list_display(sc, ty, 0, PURE)


def list_display(sc, ty, d, fx):
    n = sc.rng.randint(1, 4)
    f = child_fx(sc, fx, n, 'eval_order')
    return '[%s]' % ', '.join(expr(sc, ty.elem, d - 1, f[i]) for i in range(n))


def list_repeat(sc, ty, d, fx):
    k = sc.rng.randint(0, 3)
    return '([%s] * %d)' % (expr(sc, ty.elem, d - 1, fx), k)


def list_traced(sc, ty, d, fx):
    if fx == PURE:
        return None
    return traced(sc, list_expr(sc, T.List(ty.elem), d - 1, fx), T.List(ty.elem), fx)


def list_comp(sc, ty, d, fx):
    """[E(x) for x in SRC if C(x)] with x bound in a comprehension scope."""
    rng = sc.rng
    src_ty, src = iterable_expr(sc, d - 1, fx)
    name = sc.unit.fresh('c')
    sc.push()
    sc.declare(name, src_ty, mutable=False)
    # the element expression should usually use the loop variable
    body = None
    if T.assignable(src_ty, ty.elem) and rng.random() < 0.4:
        body = name
    if body is None:
        body = expr(sc, ty.elem, d - 1, PURE if fx == PURE else fx)
    cond = ''
    if rng.random() < 0.4:
        cond = ' if %s' % bool_expr(sc, d - 1, PURE if fx == PURE else fx)
    sc.pop()
    return '[%s for %s in %s%s]' % (body, name, src, cond)


def iterable_expr(sc, d, fx, aliases=None):
    """(element type, text) of something a for loop can iterate over, never mutated meanwhile
    (a fresh range, a copy of a list, a string, ...). A list expression may be a variable itself:
    its type goes to `aliases`, which the loop's body must not mutate (a loop that appends to the
    list it iterates never ends)."""
    rng = sc.rng
    r = rng.random()
    dialect = sc.unit.dialect
    if r < 0.3:
        n = coerce_int(sc, int_expr(sc, d, fx), 0, 12)
        rng_fn = 'range' if dialect == 3 or rng.random() < 0.5 else 'xrange'
        if rng.random() < 0.3:
            a = coerce_int(sc, int_expr(sc, d, PURE), -5, 5)
            step = rng.choice(['1', '2', '3', '(-1)', '(-2)'])
            return T.Int(-40, 40), '%s(%s, %s, %s)' % (rng_fn, a, n, step)
        return T.Int(0, 11), '%s(%s)' % (rng_fn, n)
    if r < 0.45:
        return STR_T, str_expr(sc, d, fx)
    v = var_expr(sc, lambda t: t.kind in ('list', 'set', 'dict') and not t.nullable)
    if v is not None and r < 0.85:
        t = v.ty
        if t.kind == 'list':
            if rng.random() < 0.5:
                return t.elem, '%s[:]' % v.name
            return t.elem, 'list(%s)' % v.name
        if t.kind == 'set':
            if not T.set_order_ok(t, sc.unit.opts, dialect):
                return STR_T, str_expr(sc, d, fx)
            return t.elem, 'list(%s)' % v.name
        if dialect == 2 and not sc.on('py2_dict_order'):
            if sortable(t.k):
                return t.k, 'sorted(%s.keys())' % v.name
            return STR_T, str_expr(sc, d, fx)
        return t.k, 'list(%s)' % v.name
    ty = T.List(random_elem(sc, 1, False))
    if aliases is not None:
        aliases.append(ty)
    return ty.elem, list_expr(sc, ty, d, fx)


def sortable(t):
    return t.kind in ('int', 'str', 'float', 'bool') or (
        t.kind == 'tuple' and all(sortable(i) for i in t.items))


def list_ops(sc, ty, d, fx):
    rng = sc.rng
    r = rng.random()
    if r < 0.3:
        f = child_fx(sc, fx, 2)
        return '(%s + %s)' % (list_expr(sc, ty, d - 1, f[0]), list_expr(sc, ty, d - 1, f[1]))
    v = nonnull_var(sc, lambda t: t.kind == 'list' and T.non_null(t) == T.non_null(ty))
    if v is None:
        return None
    if r < 0.6:
        a = coerce_int(sc, int_expr(sc, d - 1, fx), -6, 6)
        b = coerce_int(sc, int_expr(sc, d - 1, fx), -6, 6)
        form = rng.choice(['%s[%s:%s]', '%s[%s:]', '%s[:%s]', '%s[::-1]', '%s[%s::2]'])
        return form % ((v.name, a, b)[:form.count('%s')])
    if r < 0.8 and sortable(ty.elem) and ty.elem.kind != 'float':
        if rng.random() < 0.3:
            return 'sorted(%s, reverse=True)' % v.name
        return 'sorted(%s)' % v.name
    return 'list(reversed(%s))' % v.name


def list_from(sc, ty, d, fx):
    """Lists made by builtins: range, split, list(str), dict keys/values."""
    rng = sc.rng
    e = ty.elem
    dialect = sc.unit.dialect
    if e.kind == 'int' and e.contains(0, 11) and rng.random() < 0.5:
        n = coerce_int(sc, int_expr(sc, d - 1, fx), 0, 12)
        return ('range(%s)' if dialect == 2 else 'list(range(%s))') % n
    if e.kind == 'str' and not e.nullable:
        r = rng.random()
        s = paren(str_expr(sc, d - 1, fx))
        if r < 0.3:
            return '%s.split(%s)' % (s, L.str_lit(rng.choice([',', ' ', 'a', '.', ', '])))
        if r < 0.45:
            return '%s.split()' % s
        if r < 0.55:
            return '%s.rsplit(%s, %d)' % (s, L.str_lit(rng.choice([',', ' ', 'b'])), rng.randint(0, 2))
        if r < 0.65:
            return '%s.splitlines()' % s
        if r < 0.8 and sc.on('char_lists'):
            return 'list(%s)' % s
    v = nonnull_var(sc, lambda t: t.kind == 'dict' and (T.non_null(T.List(t.k)) == T.non_null(ty)
                                                       or T.non_null(T.List(t.v)) == T.non_null(ty)))
    if v is not None and (dialect == 3 or sc.on('py2_dict_order')):
        which = 'keys' if T.List(v.ty.k) == T.non_null(ty) else 'values'
        return '%s.%s()' % (v.name, which) if dialect == 2 else 'list(%s.%s())' % (v.name, which)
    from . import funcs as F
    return F.gen_list_call(sc, ty, d, fx)


def list_call(sc, ty, d, fx):
    res = call_expr(sc, lambda t: t is not None and T.assignable(t, ty), d, fx)
    return res[0] if res is not None else None


# ---------------------------------------------------------------------------------------------
# tuples

def tuple_expr(sc, ty, d, fx):
    rng = sc.rng
    v = same_var(sc, ty)
    if v is not None and rng.random() < 0.4:
        return v.name
    if rng.random() < 0.15:
        res = call_expr(sc, lambda t: t is not None and T.assignable(t, ty), d, fx)
        if res is not None:
            return res[0]
    if [i.kind for i in ty.items] == ['int', 'int'] and rng.random() < 0.15 and d > 0:
        a = int_expr(sc, d - 1, fx)
        b = int_expr(sc, d - 1, PURE)
        from .exprs import nonzero, coerce_int_val
        bt, blo, bhi = nonzero(sc, b)
        m = max(abs(a[1]), abs(a[2]))
        if ty.items[0].contains(-m, m) and ty.items[1].contains(min(0, blo + 1), max(0, bhi - 1)) \
                and a[1] > T.MININT:
            return 'divmod(%s, %s)' % (a[0], bt)
    n = len(ty.items)
    f = child_fx(sc, fx, n, 'eval_order')
    parts = [expr(sc, it, d - 1, f[i]) for i, it in enumerate(ty.items)]
    return '(%s%s)' % (', '.join(parts), ',' if n == 1 else '')


# ---------------------------------------------------------------------------------------------
# dicts and sets

def dict_expr(sc, ty, d, fx):
    rng = sc.rng
    if ty.nullable and rng.random() < 0.15:
        return 'None'
    v = same_var(sc, ty)
    if v is not None and (ty.nullable or not v.ty.nullable) and rng.random() < 0.5:
        return v.name
    r = rng.random()
    if r < 0.15 and d > 0:
        src_ty, src = iterable_expr(sc, d - 1, fx)
        name = sc.unit.fresh('c')
        sc.push()
        sc.declare(name, src_ty, mutable=False)
        k = expr(sc, ty.k, d - 1, PURE)
        val = expr(sc, ty.v, d - 1, PURE)
        sc.pop()
        sc.had_nested = True
        return '{%s: %s for %s in %s}' % (k, val, name, src)
    if r < 0.25 and v is not None and not v.ty.nullable:
        return '%s.copy()' % v.name
    n = rng.randint(1, 3)
    f = child_fx(sc, fx, 2 * n, 'eval_order')
    items = ['%s: %s' % (expr(sc, ty.k, d - 1, f[2 * i]), expr(sc, ty.v, d - 1, f[2 * i + 1]))
             for i in range(n)]
    return '{%s}' % ', '.join(items)


def set_expr(sc, ty, d, fx):
    rng = sc.rng
    v = same_var(sc, ty)
    r = rng.random()
    if v is not None and r < 0.4:
        return v.name
    if r < 0.55 and v is not None:
        f = child_fx(sc, fx, 2)
        other = set_expr(sc, ty, d - 1, f[1])
        return '(%s %s %s)' % (v.name, rng.choice(['|', '&', '-', '^']), other)
    if r < 0.7 and d > 0:
        src_ty, src = iterable_expr(sc, d - 1, fx)
        name = sc.unit.fresh('c')
        sc.push()
        sc.declare(name, src_ty, mutable=False)
        e = expr(sc, ty.elem, d - 1, PURE)
        sc.pop()
        sc.had_nested = True
        return '{%s for %s in %s}' % (e, name, src)
    n = rng.randint(1, 4)
    f = child_fx(sc, fx, n, 'eval_order')
    elems = [expr(sc, ty.elem, d - 1, f[i]) for i in range(n)]
    if rng.random() < 0.5 or n >= 3 and not sc.on('set_const_display'):
        return 'set([%s])' % ', '.join(elems)
    return '{%s}' % ', '.join(elems)


# ---------------------------------------------------------------------------------------------
# scalars read out of containers

def int_from_seq(sc, d, fx):
    rng = sc.rng
    r = rng.random()
    if r < 0.3:
        v = nonnull_var(sc, lambda t: t.kind in ('list', 'str', 'dict', 'set'))
        if v is None:
            return ('len(%s)' % str_expr(sc, d - 1, fx), 0, 1 << 24)
        return ('len(%s)' % v.name, 0, 1 << 24)
    if r < 0.5:
        s = paren(str_expr(sc, d - 1, fx))
        m = rng.choice(['find', 'rfind', 'count'])
        sub = L.str_lit(rng.choice(['a', 'b', '', 'ab', ' ', 'l', 'x']))
        return ('%s.%s(%s)' % (s, m, sub), -1, 1 << 24)
    if r < 0.8:
        v = nonnull_var(sc, lambda t: t.kind == 'list' and t.elem.kind == 'int')
        if v is None:
            return None
        e = v.ty.elem
        k = rng.random()
        if k < 0.5:
            i = int_expr(sc, d - 1, fx)[0]
            return ('(%s[%s %% len(%s)] if %s else %s)' % (v.name, i, v.name, v.name, 0),
                    min(e.lo, 0), max(e.hi, 0))
        if k < 0.65:
            return ('(max(%s) if %s else -1)' % (v.name, v.name), min(e.lo, -1), max(e.hi, -1))
        if k < 0.75:
            return ('(min(%s) if %s else 0)' % (v.name, v.name), min(e.lo, 0), max(e.hi, 0))
        if k < 0.85:
            x = int_expr(sc, d - 1, PURE)[0]
            return ('%s.count(%s)' % (v.name, x), 0, 1 << 24)
        if e.lo >= -100000 and e.hi <= 100000:
            return ('sum(%s)' % v.name, -100000 * (1 << 24), 100000 * (1 << 24))
        if sc.on('intmask'):
            sc.unit.imports.add('intmask')
            return ('intmask(sum(%s))' % v.name, T.MININT, T.MAXINT)
        return None
    if r < 0.9:
        v = nonnull_var(sc, lambda t: t.kind == 'dict' and t.v.kind == 'int')
        if v is None:
            return None
        k = expr(sc, v.ty.k, d - 1, PURE)
        e = v.ty.v
        dflt = coerce_int(sc, int_expr(sc, 0, PURE), e.lo, e.hi)
        return ('%s.get(%s, %s)' % (v.name, k, dflt), e.lo, e.hi)
    v = var_expr(sc, lambda t: t.kind == 'tuple' and any(i.kind == 'int' for i in t.items))
    if v is None:
        return ('ord(%s)' % char_of(sc, d, fx), 0, 255)
    idx = [i for i, it in enumerate(v.ty.items) if it.kind == 'int']
    i = rng.choice(idx)
    return ('%s[%d]' % (v.name, i), v.ty.items[i].lo, v.ty.items[i].hi)


def char_of(sc, d, fx):
    from .exprs_str import char_expr
    return char_expr(sc, d - 1, fx)


def float_from_seq(sc, d, fx):
    rng = sc.rng
    v = nonnull_var(sc, lambda t: t.kind == 'list' and t.elem.kind == 'float')
    if v is None:
        return None
    e = v.ty.elem
    i = int_expr(sc, d - 1, fx)[0]
    if rng.random() < 0.7:
        return ('(%s[%s %% len(%s)] if %s else 0.0)' % (v.name, i, v.name, v.name),
                min(e.lo, 0.0), max(e.hi, 0.0))
    m = max(abs(e.lo), abs(e.hi)) * (1 << 20)
    return ('sum(%s)' % v.name, -m, m) if m < 1e300 else None


def bool_from_seq(sc, d, fx):
    rng = sc.rng
    r = rng.random()
    if r < 0.25:
        s = paren(str_expr(sc, d - 1, fx))
        m = rng.choice(['isdigit', 'isalpha', 'isalnum', 'isspace', 'islower', 'isupper',
                        'startswith', 'endswith', 'in'])
        if m == 'in':
            return '(%s in %s)' % (L.str_lit(rng.choice(['a', 'b', 'ab', ' ', ''])), s)
        if m in ('startswith', 'endswith'):
            return '%s.%s(%s)' % (s, m, L.str_lit(rng.choice(['a', 'h', 'lo', '', 'x'])))
        return '%s.%s()' % (s, m)
    if r < 0.45:
        f = child_fx(sc, fx, 2)
        return '(%s %s %s)' % (str_expr(sc, d - 1, f[0]), rng.choice(['<', '==', '!=', '>=']),
                               str_expr(sc, d - 1, f[1]))
    v = var_expr(sc, lambda t: t.kind in ('list', 'dict', 'set', 'str', 'inst'))
    if v is None:
        return None
    t = v.ty
    if t.nullable and rng.random() < 0.6:
        return '(%s %s None)' % (v.name, rng.choice(['is', 'is not']))
    if t.nullable:
        return None
    if t.kind == 'list':
        if t.elem.kind == 'tuple' and not sc.on('tuple_compare'):
            return None
        if rng.random() < 0.5:
            return '(%s %s %s)' % (expr(sc, t.elem, d - 1, PURE), rng.choice(['in', 'not in']),
                                   v.name)
        if rng.random() < 0.5:
            return '(not %s)' % v.name
        return '(%s == %s)' % (v.name, list_expr(sc, T.non_null(t), d - 1, PURE))
    if t.kind == 'dict':
        return '(%s in %s)' % (expr(sc, t.k, d - 1, PURE), v.name)
    if t.kind == 'set':
        return '(%s in %s)' % (expr(sc, t.elem, d - 1, PURE), v.name)
    if t.kind == 'str':
        return '(%s in %s)' % (str_expr(sc, d - 1, PURE), v.name)
    return None


def str_from_seq(sc, d, fx):
    rng = sc.rng
    v = nonnull_var(sc, lambda t: (t.kind == 'list' and t.elem.kind == 'str' and not t.elem.nullable)
                    or (t.kind == 'dict' and t.v.kind == 'str' and not t.v.nullable)
                    or (t.kind == 'tuple' and any(i.kind == 'str' and not i.nullable for i in t.items)))
    if v is None:
        return None
    t = v.ty
    if t.kind == 'list':
        i = int_expr(sc, d - 1, fx)[0]
        return '(%s[%s %% len(%s)] if %s else %s)' % (v.name, i, v.name, v.name, L.str_lit('none'))
    if t.kind == 'dict':
        k = expr(sc, t.k, d - 1, PURE)
        return '%s.get(%s, %s)' % (v.name, k, L.str_lit(rng.choice(['', 'miss'])))
    idx = [i for i, it in enumerate(t.items) if it.kind == 'str' and not it.nullable]
    return '%s[%d]' % (v.name, rng.choice(idx))
