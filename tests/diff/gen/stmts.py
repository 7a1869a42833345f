"""Statements: declarations, assignments of every form, print, if/while/for, try, raise,
container and attribute mutation, closures."""

from . import types as T
from . import literals as L
from .code import Block
from .choose import pick, Fail
from .exprs import (PURE, NOPRINT, ANY, expr, int_expr, float_expr, bool_expr, child_fx,
                    coerce_int_val, coerce_float_val, INT_RANGES, FLOAT_RANGES, var_expr)
from .exprs_str import str_expr, STR_T
from . import exprs_seq as S


def block(sc, n, d):
    out = []
    for _ in range(n):
        stmt(sc, d, out)
    return out


def nested(sc, n, d, loop_mult=None):
    """A nested block: its own frame; loops multiply the cost of what they contain."""
    sc.push()
    old_mult = sc.mult
    if loop_mult:
        sc.mult *= loop_mult
        sc.loops += 1
    body = block(sc, n, d)
    if loop_mult:
        sc.loops -= 1
    sc.mult = old_mult
    sc.pop()
    return body


def stmt(sc, d, out):
    rng = sc.rng
    sc.cost += sc.mult
    ed = rng.choice([1, 2, 2, 3])
    compound = d > 0 and sc.mult < 200
    opts = [
        (10, lambda out: decl(sc, ed, out)),
        (6, lambda out: assign(sc, ed, out)),
        (4, lambda out: augassign(sc, ed, out)),
        (8, lambda out: print_stmt(sc, ed, out)),
        (4 if compound else 0, lambda out: if_stmt(sc, d, out)),
        (2 if compound else 0, lambda out: while_stmt(sc, d, out)),
        (3 if compound else 0, lambda out: for_stmt(sc, d, out)),
        (3 if compound and sc.on('exceptions') else 0, lambda out: try_stmt(sc, d, out)),
        (1 if sc.loops and (not sc.in_finally or sc.on('jump_in_finally')) else 0,
         lambda out: break_continue(sc, ed, out)),
        (0.5 if sc.func is not None and sc.on('exceptions') else 0,
         lambda out: raise_stmt(sc, ed, out)),
        (5, lambda out: mutate(sc, ed, out)),
        (2, lambda out: attr_assign(sc, ed, out)),
        (2, lambda out: multi_assign(sc, ed, out)),
        (3, lambda out: call_stmt(sc, ed, out)),
        (1, lambda out: early_return(sc, ed, out)),
        (0.5, lambda out: assert_stmt(sc, ed, out)),
        (0.5, lambda out: del_local(sc, out)),
        (1 if sc.on('closures') and not sc.nested and d > 0 else 0,
         lambda out: closure(sc, d, out)),
        (1 if sc.unit.uses_log else 0, lambda out: flush(sc, out)),
        (1, lambda out: with_stmt(sc, d, out) if compound else None),
        (3 if sc.in_gen and not sc.nested else 0, lambda out: yield_stmt(sc, ed, out)),
        (0.5, lambda out: X.setattr_stmt(sc, ed, out)),
        (0.5, lambda out: X.class_value_stmt(sc, ed, out)),
        (1, lambda out: X.setitem_stmt(sc, ed, out)),
        (1.5 if sc.unit.value_class else 0, lambda out: SP.special_stmt(sc, ed, out)),
        (0.5 if sc.on('starred') else 0, lambda out: SP.starred_stmt(sc, ed, out)),
        (0.7 if sc.on('stdlib_modules') else 0, lambda out: SP.stdlib_stmt(sc, ed, out)),
        (0.5 if sc.on('vtuples') else 0, lambda out: SP.vtuple_stmt(sc, ed, out)),
        (0.6 if compound and sc.on('jump_paths') and sc.on('exceptions') else 0,
         lambda out: P.jump_through_finally(sc, d, out)),
        (0.6 if sc.on('unbound_paths') else 0, lambda out: P.unbound_read(sc, d, out)),
        (0.7 if sc.on('optional_values') else 0, lambda out: OPT.optional_stmt(sc, ed, out)),
        (0.5 if sc.on('nullable_containers') else 0, lambda out: OPT.nullable_container_stmt(sc, ed, out)),
        (0.6 if compound and sc.on('genexp_lazy') else 0, lambda out: LZ.genexp_stmt(sc, d, out)),
        (0.5 if compound and sc.on('kept_iterators') else 0, lambda out: LZ.kept_iter_stmt(sc, d, out)),
        (0.6 if compound and sc.unit.dialect == 3 and sc.on('walrus') else 0,
         lambda out: WL.walrus_stmt(sc, d, out)),
    ]
    from . import lazy as LZ
    from . import walrus as WL
    from . import optional as OPT
    from . import paths as P
    from . import extras as X
    from . import specials as SP
    opts = [(w, f) for w, f in opts if w > 0]
    for _ in range(6):
        total = sum(w for w, _ in opts)
        r = rng.random() * total
        for w, f in opts:
            r -= w
            if r <= 0:
                break
        tmp = []
        saved = ([dict(fr) for fr in sc.frames], list(sc.closures))
        try:
            ok = f(tmp) is not None
        except Fail:
            ok = False
        if ok:
            out.extend(tmp)
            return
        sc.frames, sc.closures = saved
    print_stmt(sc, ed, out)


# ---------------------------------------------------------------------------------------------
# declarations and assignments

def typed_value(sc, ty, ed, fx=ANY):
    """(text, declared type): ints and floats get a declared interval holding the value."""
    rng = sc.rng
    if ty.kind == 'int':
        t, lo, hi = int_expr(sc, ed, fx)
        dlo, dhi = rng.choice(INT_RANGES)
        t, lo, hi = coerce_int_val(sc, (t, lo, hi), dlo, dhi)
        return t, T.Int(dlo, dhi), (lo, hi)
    if ty.kind == 'float':
        t, lo, hi = float_expr(sc, ed, fx)
        dlo, dhi = rng.choice(FLOAT_RANGES)
        t, lo, hi = coerce_float_val(sc, (t, lo, hi), dlo, dhi)
        return t, T.Float(dlo, dhi), (lo, hi)
    return expr(sc, ty, ed, fx), ty, None


def decl(sc, ed, out):
    ty = S.random_type(sc, 2)
    name = sc.unit.fresh('v')
    text, dty, cur = typed_value(sc, ty, ed)
    out.append('%s = %s' % (name, text))
    v = sc.declare(name, dty)
    v.cur = cur
    v.none_only = sc.none_only(text)
    return True


def bounded(sc, ty, text):
    """Strings and lists reassigned from non-trivial expressions are cut to a bounded length
    so that loops cannot grow them exponentially."""
    if ty.kind in ('str', 'list') and not text.isidentifier() and text != 'None' and (
            '+' in text or '*' in text or '(' in text):
        if text.startswith('[') or text.startswith('(') or text.isidentifier():
            return '%s[:24]' % text
        return '(%s)[:24]' % text
    return text


def assign(sc, ed, out):
    vs = [v for v in sc.all_vars() if v.mutable]
    if not vs:
        return None
    v = sc.rng.choice(vs)
    if v.ty.kind == 'int':
        t, lo, hi = coerce_int_val(sc, int_expr(sc, ed), v.ty.lo, v.ty.hi)
        out.append('%s = %s' % (v.name, t))
        v.cur = (lo, hi)
        return True
    if v.ty.kind == 'float':
        t, lo, hi = coerce_float_val(sc, float_expr(sc, ed), v.ty.lo, v.ty.hi)
        out.append('%s = %s' % (v.name, t))
        v.cur = (lo, hi)
        return True
    if v.ty.nullable and sc.rng.random() < 0.2:
        out.append('%s = None' % v.name)
        v.none_only = True
        return True
    text = expr(sc, T.non_null(v.ty), ed)
    out.append('%s = %s' % (v.name, bounded(sc, v.ty, text)))
    v.none_only = sc.none_only(text)
    return True


INT_AUG = ['+=', '-=', '*=', '//=', '%=', '&=', '|=', '^=', '<<=', '>>=']


def augassign(sc, ed, out):
    rng = sc.rng
    vs = [v for v in sc.all_vars() if v.mutable and v.ty.kind in ('int', 'float', 'str', 'list')]
    if not vs:
        return None
    v = rng.choice(vs)
    k = v.ty.kind
    if k == 'int':
        lo, hi = v.interval()
        op = rng.choice(INT_AUG)
        if op in ('<<=', '>>='):
            e = coerce_int_val(sc, int_expr(sc, ed), 0, rng.choice([3, 63]))
        else:
            e = int_expr(sc, ed)
        if op in ('//=', '%='):
            from .exprs import nonzero
            e = nonzero(sc, e)
        t, elo, ehi = e
        res = aug_interval(op, lo, hi, elo, ehi)
        if res is None or not v.ty.contains(*res):
            return None
        if op in ('//=', '%=') and lo == T.MININT and elo <= -1 <= ehi:
            return None
        out.append('%s %s %s' % (v.name, op, t))
        v.cur = res
        return True
    if k == 'float':
        lo, hi = v.interval()
        op = rng.choice(['+=', '-=', '*=', '/='])
        t, elo, ehi = float_expr(sc, ed)
        if op == '/=':
            if elo <= 0 <= ehi:
                return None
            m = max(abs(lo), abs(hi)) / min(abs(elo), abs(ehi))
        elif op == '*=':
            m = max(abs(lo), abs(hi)) * max(abs(elo), abs(ehi))
        else:
            m = max(abs(lo), abs(hi)) + max(abs(elo), abs(ehi))
        if not v.ty.contains(-m, m):
            return None
        out.append('%s %s %s' % (v.name, op, t))
        v.cur = (-m, m)
        return True
    if k == 'str':
        out.append('%s += %s' % (v.name, L.str_lit(L.pick_str(rng, sc.unit.opts), rng)))
        return True
    if v.ty.nullable or rtype_frozen(sc, v.ty):
        return None
    if rng.random() < 0.5:
        out.append('%s += [%s]' % (v.name, expr(sc, v.ty.elem, ed)))
    else:
        out.append('%s += %s[:3]' % (v.name, S.list_expr(sc, T.non_null(v.ty), ed, ANY)))
    return True


def aug_interval(op, lo, hi, elo, ehi):
    if op == '+=':
        return lo + elo, hi + ehi
    if op == '-=':
        return lo - ehi, hi - elo
    if op == '*=':
        c = [lo * elo, lo * ehi, hi * elo, hi * ehi]
        return min(c), max(c)
    if op == '//=':
        m = max(abs(lo), abs(hi))
        return -m, m
    if op == '%=':
        return min(0, elo + 1), max(0, ehi - 1)
    if op == '<<=':
        c = [lo << elo, lo << ehi, hi << elo, hi << ehi]
        return min(c), max(c)
    if op == '>>=':
        return min(lo, 0), max(hi, 0)
    if op == '&=' and elo >= 0:
        return 0, ehi
    m = max(abs(lo), abs(hi), abs(elo), abs(ehi)).bit_length()
    if lo >= 0 and elo >= 0:
        return 0, (1 << m) - 1
    return -(1 << m), (1 << m) - 1


def rtype_frozen(sc, ty):
    from .context import rtype_key
    return rtype_key(T.non_null(ty)) in sc.frozen


def multi_assign(sc, ed, out):
    rng = sc.rng
    r = rng.random()
    if r < 0.3:
        # swap two mutable variables of the same type
        vs = [v for v in sc.all_vars() if v.mutable]
        pairs = [(a, b) for a in vs for b in vs if a is not b and a.ty == b.ty]
        if not pairs:
            return None
        a, b = rng.choice(pairs)
        out.append('%s, %s = %s, %s' % (a.name, b.name, b.name, a.name))
        a.cur, b.cur = b.cur, a.cur
        return True
    if r < 0.5:
        # a = b = value
        ty = S.random_type(sc, 1)
        if ty.kind in ('list', 'dict', 'set', 'inst'):
            ty = STR_T
        text, dty, cur = typed_value(sc, ty, ed)
        a, b = sc.unit.fresh('v'), sc.unit.fresh('v')
        out.append('%s = %s = %s' % (a, b, text))
        for n in (a, b):
            sc.declare(n, dty).cur = cur
        return True
    if r < 0.65:
        tv = var_expr(sc, lambda t: t.kind == 'tuple' and len(t.items) >= 2)
        if tv is not None:
            names = [sc.unit.fresh('v') for _ in tv.ty.items]
            out.append('%s = %s' % (', '.join(names), tv.name))
            for n, t in zip(names, tv.ty.items):
                sc.declare(n, t)
            return True
    # a, b = e1, e2 (maybe into existing variables, maybe from a subscript target)
    n = rng.randint(2, 3)
    fxs = child_fx(sc, ANY, n, 'eval_order')
    names, vals = [], []
    for i in range(n):
        ty = S.random_type(sc, 1)
        text, dty, cur = typed_value(sc, ty, ed, fxs[i])
        name = sc.unit.fresh('v')
        names.append((name, dty, cur))
        vals.append(text)
    lhs = ', '.join(x[0] for x in names)
    if rng.random() < 0.3:
        lhs = '(%s)' % lhs
        rhs = '(%s)' % ', '.join(vals)
    else:
        rhs = ', '.join(vals)
    if rng.random() < 0.2:
        lhs = '[%s]' % ', '.join(x[0] for x in names)
    out.append('%s = %s' % (lhs, rhs))
    for name, dty, cur in names:
        sc.declare(name, dty).cur = cur
    return True


def del_local(sc, out):
    # Python 2 cannot delete a name a nested scope (closure, generator expression, set or
    # dict comprehension) refers to
    if sc.closures or sc.nested or sc.had_nested:
        return None
    frame = sc.frames[-1]
    cands = [n for n, v in frame.items() if v.mutable]
    if not cands:
        return None
    n = sc.rng.choice(cands)
    out.append('del %s' % n)
    del frame[n]
    return True


# ---------------------------------------------------------------------------------------------
# print

def printable_type(sc):
    for _ in range(10):
        ty = S.random_type(sc, 2, printable=True)
        if T.printable(ty, sc.unit.opts, sc.unit.dialect):
            return ty
    return STR_T


def print_value(sc, ty, ed, fx):
    if ty.kind == 'float' and sc.unit.dialect == 2 and not sc.on('py2_float_str'):
        return 'repr(%s)' % float_expr(sc, ed, fx)[0]
    return expr(sc, ty, ed, fx)


def print_stmt(sc, ed, out):
    rng = sc.rng
    n = rng.choice([1, 1, 2, 2, 3])
    dialect = sc.unit.dialect
    if not sc.unit.print_fn:
        fx = ANY if sc.on('softspace') else NOPRINT
        fxs = child_fx(sc, fx, n, 'eval_order')
        items = [print_value(sc, printable_type(sc), ed, fxs[i]) for i in range(n)]
        if n == 1 and items[0].startswith('(') and not sc.on('py2_print_paren'):
            items[0] = 'str(%s)' % items[0]
        if n == 1 and rng.random() < 0.2:
            out.append('print(%s)' % items[0])
        else:
            trail = ',' if sc.on('softspace') and rng.random() < 0.15 else ''
            out.append('print %s%s' % (', '.join(items), trail))
    else:
        fxs = child_fx(sc, ANY, n, 'eval_order')
        items = [print_value(sc, printable_type(sc), ed, fxs[i]) for i in range(n)]
        kw = ''
        r = rng.random()
        if r < 0.1:
            kw = ', sep=%s' % L.str_lit(rng.choice(['', ', ', '|']))
        elif r < 0.15:
            kw = ', end=%s' % L.str_lit(rng.choice(['', ' ', ';\n']))
        out.append('print(%s%s)' % (', '.join(items), kw))
    sc.prints = True
    return True


def flush(sc, out):
    out.append('%sflush()' % sc.unit.prefix)
    sc.prints = True
    sc.effects = True
    return True


# ---------------------------------------------------------------------------------------------
# control flow

def if_stmt(sc, d, out):
    rng = sc.rng
    snap = sc.snapshot()
    blk = Block('if %s' % bool_expr(sc, rng.randint(1, 3)), nested(sc, rng.randint(1, 4), d - 1))
    out.append(blk)
    r = rng.random()
    if r < 0.3:
        sc.restore(snap)
        out.append(Block('elif %s' % bool_expr(sc, rng.randint(1, 2)),
                         nested(sc, rng.randint(1, 3), d - 1)))
    if r < 0.6:
        sc.restore(snap)
        out.append(Block('else', nested(sc, rng.randint(1, 3), d - 1)))
    sc.forget_intervals()
    return True


def while_stmt(sc, d, out):
    rng = sc.rng
    n = rng.randint(0, 8)
    w = sc.unit.fresh('w')
    out.append('%s = 0' % w)
    sc.forget_intervals()
    cond = '%s < %d' % (w, n)
    if rng.random() < 0.3:
        cond += ' and %s' % bool_expr(sc, 1, NOPRINT)
    sc.declare(w, T.Int(0, n), mutable=False)
    body = ['%s += 1' % w] + nested(sc, rng.randint(1, 4), d - 1, loop_mult=n)
    blk = Block('while %s' % cond, body)
    out.append(blk)
    if rng.random() < 0.15:
        out.append(Block('else', nested(sc, 1, d - 1)))
    sc.forget_intervals()
    return True


def for_stmt(sc, d, out):
    rng = sc.rng
    sc.forget_intervals()
    r = rng.random()
    sc.push()
    aliases = []  # the types of lists the loop may iterate themselves: its body leaves them alone
    if r < 0.15:
        ety, src = S.iterable_expr(sc, 2, ANY, aliases)
        i, x = sc.unit.fresh('i'), sc.unit.fresh('x')
        header = 'for %s, %s in enumerate(%s)' % (i, x, src)
        sc.declare(i, T.Int(0, 1 << 20), mutable=False)
        sc.declare(x, ety, mutable=False)
    elif r < 0.25:
        e1, s1 = S.iterable_expr(sc, 2, ANY, aliases)
        e2, s2 = S.iterable_expr(sc, 2, ANY, aliases)
        x, y = sc.unit.fresh('x'), sc.unit.fresh('y')
        header = 'for %s, %s in zip(%s, %s)' % (x, y, s1, s2)
        sc.declare(x, e1, mutable=False)
        sc.declare(y, e2, mutable=False)
    elif r < 0.35 and sc.on('dicts'):
        dv = var_expr(sc, lambda t: t.kind == 'dict' and not t.nullable)
        if dv is None:
            sc.pop()
            return None
        k, v = sc.unit.fresh('k'), sc.unit.fresh('x')
        if sc.unit.dialect == 2 and not sc.on('py2_dict_order'):
            if not S.sortable(dv.ty.k):
                sc.pop()
                return None
            src = 'sorted(%s.items())' % dv.name
        elif sc.unit.dialect == 2:
            src = '%s.items()' % dv.name
        else:
            src = 'list(%s.items())' % dv.name
        header = 'for %s, %s in %s' % (k, v, src)
        sc.declare(k, dv.ty.k, mutable=False)
        sc.declare(v, dv.ty.v, mutable=False)
    elif r < 0.4 and sc.unit.iter_classes:
        from .objects import construct
        c = rng.choice(sc.unit.iter_classes)
        x = sc.unit.fresh('x')
        header = 'for %s in %s' % (x, construct(sc, c, 2, ANY))
        sc.declare(x, T.Int(-100, 100), mutable=False)
    elif r < 0.45 and sc.callable_gens and sc.on('generators'):
        from . import funcs as F
        gens = [g for g in sc.callable_gens if F.affordable(sc, g)]
        if not gens:
            sc.pop()
            return None
        g = rng.choice(gens)
        x = sc.unit.fresh('x')
        header = 'for %s in %s' % (x, F.call_text(sc, g, 2, ANY))
        sc.declare(x, g.ret, mutable=False)
    else:
        ety, src = S.iterable_expr(sc, 2, ANY, aliases)
        x = sc.unit.fresh('x')
        header = 'for %s in %s' % (x, src)
        sc.declare(x, ety, mutable=False)
    from .context import rtype_key
    frozen = set(rtype_key(T.non_null(t)) for t in aliases) - sc.frozen
    sc.frozen |= frozen
    body = nested(sc, rng.randint(1, 4), d - 1, loop_mult=12)
    sc.frozen -= frozen
    sc.pop()
    out.append(Block(header, body))
    if rng.random() < 0.15:
        out.append(Block('else', nested(sc, 1, d - 1)))
    sc.forget_intervals()
    return True


def break_continue(sc, ed, out):
    c = bool_expr(sc, ed, NOPRINT)
    # Python 2 does not allow `continue` in a finally clause
    kinds = ['break'] if sc.in_finally and sc.unit.dialect == 2 else ['break', 'continue']
    out.append(Block('if %s' % c, [sc.rng.choice(kinds)]))
    return True


def early_return(sc, ed, out):
    f = sc.func
    if f is None or f.kind == 'gen' or sc.nested:
        return None
    if sc.in_finally and not sc.on('jump_in_finally'):
        return None
    c = bool_expr(sc, ed)
    if f.ret is None:
        out.append(Block('if %s' % c, ['return']))
    else:
        out.append(Block('if %s' % c, ['return %s' % expr(sc, f.ret, ed)]))
    return True


def yield_stmt(sc, ed, out):
    if (sc.in_except or sc.in_finally) and not sc.on('yield_in_handler'):
        return None
    out.append('yield %s' % expr(sc, sc.func.ret, ed))
    sc.prints = sc.prints
    return True


def assert_stmt(sc, ed, out):
    """Mostly assertions that hold (and narrow: isinstance, is not None), some that may not."""
    rng = sc.rng
    r = rng.random()
    v = var_expr(sc, lambda t: t.kind in ('inst', 'list', 'str', 'dict'))
    if r < 0.8 and v is not None:
        if v.ty.kind == 'inst' and not v.ty.nullable:
            out.append('assert isinstance(%s, %s)' % (v.name, v.ty.cls.name))
        elif v.ty.nullable:
            return None
        else:
            out.append('assert len(%s) >= 0' % v.name)
        return True
    from .funcs import no_raise_here
    if no_raise_here(sc):
        return None
    out.append('assert %s' % bool_expr(sc, ed))
    return True


def call_stmt(sc, ed, out):
    """A call whose result (if any) is dropped."""
    from . import funcs as F
    from . import objects as O
    rng = sc.rng
    cands = [f for f in F.callable_funcs(sc) if F.affordable(sc, f)]
    if cands and rng.random() < 0.6:
        f = rng.choice(cands)
        out.append(F.call_text(sc, f, ed, ANY))
        return True
    res = O.method_call(sc, lambda t: True, ed, ANY)
    if res is None:
        return None
    out.append(res[0])
    return True


def with_stmt(sc, d, out):
    from . import objects as O
    ctx = [c for c in sc.unit.classes if c.is_ctx]
    if not ctx:
        return None
    c = sc.rng.choice(ctx)
    name = sc.unit.fresh('cm')
    header = 'with %s as %s' % (O.construct(sc, c, 1, ANY), name)
    sc.push()
    sc.declare(name, T.Inst(c), mutable=False)
    body = block(sc, sc.rng.randint(1, 3), d - 1)
    sc.pop()
    out.append(Block(header, body))
    sc.prints = True
    sc.forget_intervals()
    return True


from .stmts_more import (try_stmt, raise_stmt, mutate, attr_assign, closure)  # noqa: E402
