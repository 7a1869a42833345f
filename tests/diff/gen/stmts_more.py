"""Statements, continued: try/except/else/finally and the statements that raise, container
mutation, attribute assignment, closures and lambdas."""

from . import types as T
from . import literals as L
from .code import Block
from .context import FuncInfo
from .exprs import (PURE, NOPRINT, ANY, expr, int_expr, bool_expr, child_fx, var_expr,
                    coerce_int, nonzero)
from .exprs_str import str_expr, STR_T
from . import exprs_seq as S

BUILTIN_EXC = ['IndexError', 'KeyError', 'ValueError', 'ZeroDivisionError', 'OverflowError',
               'AttributeError', 'AssertionError', 'LookupError', 'ArithmeticError',
               'StopIteration', 'RuntimeError', 'NotImplementedError', 'TypeError']


def user_excs(sc):
    return [c for c in sc.unit.exc_classes]


def raise_text(sc, ed):
    """An exception instance (or class) to raise."""
    rng = sc.rng
    excs = user_excs(sc)
    if excs and rng.random() < 0.6:
        c = rng.choice(excs)
        args = ', '.join(expr(sc, t, ed, NOPRINT) for n, t in c.init_params)
        if not c.init_params and rng.random() < 0.3:
            return c.name
        if sc.unit.dialect == 2 and len(c.init_params) == 1 and rng.random() < 0.2:
            return '%s, %s' % (c.name, args)
        return '%s(%s)' % (c.name, args)
    name = rng.choice(['ValueError', 'KeyError', 'IndexError', 'RuntimeError',
                       'NotImplementedError', 'ZeroDivisionError', 'OverflowError'])
    if rng.random() < 0.3:
        return name
    return '%s(%s)' % (name, L.str_lit(rng.choice(['bad', 'oops', 'x', ''])))


def raise_lines(sc, ed):
    """`raise X(...)`, or in a generator (with gen_raise_new off) `e = X(...)` then `raise e`."""
    text = raise_text(sc, ed)
    if sc.in_gen and '(' in text and not sc.on('gen_raise_new'):
        e = sc.unit.fresh('exc')
        if ', ' in text and not text.endswith(')'):     # Python 2's `raise C, v`
            cls, arg = text.split(', ', 1)
            text = '%s(%s)' % (cls, arg)
        return ['%s = %s' % (e, text), 'raise %s' % e]
    return ['raise %s' % text]


def raise_stmt(sc, ed, out):
    from .funcs import no_raise_here
    if no_raise_here(sc):
        return None
    c = bool_expr(sc, ed, NOPRINT)
    out.append(Block('if %s' % c, raise_lines(sc, ed)))
    sc.may_raise = True
    return True


def risky(sc, ed, out):
    """A statement that may raise a builtin exception."""
    from .funcs import no_raise_here
    if no_raise_here(sc):
        return None
    rng = sc.rng
    r = rng.random()
    name = sc.unit.fresh('r')
    if r < 0.15:
        v = var_expr(sc, lambda t: t.kind == 'list' and not t.nullable)
        if v is not None:
            i = coerce_int(sc, int_expr(sc, ed), -8, 8)
            out.append('%s = %s[%s]' % (name, v.name, i))
            sc.declare(name, v.ty.elem)
            return 'IndexError'
    if r < 0.3:
        v = var_expr(sc, lambda t: t.kind == 'dict' and not t.nullable)
        if v is not None:
            out.append('%s = %s[%s]' % (name, v.name, expr(sc, v.ty.k, ed)))
            sc.declare(name, v.ty.v)
            return 'KeyError'
    if r < 0.45:
        extra = ['1_000', '1__0', '_1'] if sc.on('underscore_numbers') else []
        s = rng.choice(L.NUM_STRS + ['x', '', '1.5', '0x10', ' 12 3'] + extra)
        out.append('%s = int(%s)' % (name, L.str_lit(s)))
        sc.declare(name, T.Int(T.MININT, T.MAXINT))
        return 'ValueError'
    if r < 0.55:
        extra = ['1_0.5', '1__0.5'] if sc.on('underscore_numbers') else []
        s = rng.choice(L.FLOAT_STRS + ['x', '1e', ''] + extra)
        if 'inf' in s:
            s = '2.5'
        out.append('%s = float(%s)' % (name, L.str_lit(s)))
        sc.declare(name, T.Float(-1e17, 1e17))
        return 'ValueError'
    if r < 0.65:
        a = int_expr(sc, ed)
        b = coerce_int(sc, int_expr(sc, ed), -3, 3)
        if a[1] == T.MININT:
            return None
        op = rng.choice(['//', '%'])
        out.append('%s = %s %s %s' % (name, a[0], op, b))
        m = max(abs(a[1]), abs(a[2]))
        sc.declare(name, T.Int(-m, m))
        return 'ZeroDivisionError'
    if r < 0.72 and sc.on('ovfcheck'):
        sc.unit.imports.add('ovfcheck')
        a, b = int_expr(sc, ed), int_expr(sc, ed)
        op = rng.choice(['+', '-', '*'])
        out.append('%s = ovfcheck(%s %s %s)' % (name, a[0], op, b[0]))
        sc.declare(name, T.Int(T.MININT, T.MAXINT))
        return 'OverflowError'
    if r < 0.8:
        v = var_expr(sc, lambda t: t.kind == 'list' and not t.nullable)
        if v is not None:
            x = expr(sc, v.ty.elem, ed, PURE)
            if rng.random() < 0.5:
                out.append('%s.remove(%s)' % (v.name, x))
            else:
                out.append('%s = %s.index(%s)' % (name, v.name, x))
                sc.declare(name, T.Int(0, 1 << 24))
            sc.effects = True
            return 'ValueError'
    if r < 0.9 and sc.on('none_attr'):
        v = var_expr(sc, lambda t: t.kind == 'inst' and t.nullable and
                     (t.cls.all_attrs() or t.cls.all_class_attrs()), usable=lambda v: not v.none_only)
        if v is not None:
            attrs = list(v.ty.cls.all_attrs().items()) + [
                (n, t) for n, (t, _) in v.ty.cls.all_class_attrs().items()]
            an, at = rng.choice(attrs)
            out.append('%s = %s.%s' % (name, v.name, an))
            sc.declare(name, at)
            return 'AttributeError'
    if sc.on('dead_code'):
        out.extend(raise_lines(sc, ed))
    else:
        # conditional, so that no statement after it is unreachable
        out.append(Block('if %s' % bool_expr(sc, 1, NOPRINT), raise_lines(sc, ed)))
    return 'Exception'


def try_stmt(sc, d, out):
    from .stmts import nested, block
    rng = sc.rng
    sc.forget_intervals()
    sc.push()
    body = []
    raised = []
    n = rng.randint(1, 4)
    for _ in range(n):
        if rng.random() < 0.45:
            name = risky(sc, 2, body)
            if name is not None:
                raised.append(name)
            if body and str(body[-1]).startswith('raise') and not sc.on('dead_code'):
                break
        else:
            from .stmts import stmt
            stmt(sc, d - 1, body)
    sc.pop()
    sc.forget_intervals()
    out.append(Block('try', body))
    handlers = rng.randint(0 if rng.random() < 0.2 else 1, 3)
    names = BUILTIN_EXC + [c.name for c in user_excs(sc)]
    for h in range(handlers):
        r = rng.random()
        if h == handlers - 1 and rng.random() < 0.3:
            cls = 'Exception'
        elif r < 0.6 and raised:
            cls = rng.choice(raised)
        elif r < 0.7:
            cls = rng.choice(names)
        elif r < 0.85:
            cls = '(%s, %s)' % (rng.choice(names), rng.choice(names))
        else:
            cls = 'Exception'
        sc.push()
        hb = []
        e = None
        if rng.random() < 0.5:
            e = sc.unit.fresh('e')
            header = 'except %s as %s' % (cls, e) if sc.unit.dialect == 3 or rng.random() < 0.7 \
                else 'except %s, %s' % (cls, e)
        else:
            header = 'except %s' % cls
        hb.append(caught_print(sc, cls, e))
        sc.in_except += 1
        hb += block(sc, rng.randint(0, 2), max(d - 2, 0))
        from .funcs import no_raise_here
        if rng.random() < 0.1 and sc.func is not None and not no_raise_here(sc):
            hb.append('raise')
            sc.may_raise = True
        sc.in_except -= 1
        sc.pop()
        out.append(Block(header, hb))
    if handlers and rng.random() < 0.25:
        out.append(Block('else', nested(sc, rng.randint(1, 2), d - 1)))
    if not handlers or rng.random() < 0.35:
        sc.in_finally += 1
        fb = [print_line(sc, L.str_lit('finally %s' % sc.unit.tag()))]
        fb += nested(sc, rng.randint(0, 2), d - 1)
        sc.in_finally -= 1
        out.append(Block('finally', fb))
    sc.may_raise = True
    sc.prints = True
    sc.forget_intervals()
    return True


def print_line(sc, text):
    from .context import print_line as pl
    return pl(sc.unit, text)


def caught_print(sc, cls, e):
    tag = L.str_lit('caught %s' % sc.unit.tag())
    if e is None:
        return print_line(sc, tag)
    user = [c for c in user_excs(sc) if c.name == cls]
    if user and user[0].all_attrs():
        attr, ty = sc.rng.choice(sorted(user[0].all_attrs().items()))
        if T.printable(ty, sc.unit.opts, sc.unit.dialect) and (
                ty.kind != 'float' or sc.unit.dialect == 3 or sc.on('py2_float_str')):
            return print_line(sc, '%s, %s.%s' % (tag, e, attr))
    if sc.on('exc_type_name') and sc.rng.random() < 0.5:
        return print_line(sc, '%s, type(%s).__name__' % (tag, e))
    if sc.on('exc_message') and sc.rng.random() < 0.5 and not user:
        return print_line(sc, '%s, str(%s)' % (tag, e))
    return print_line(sc, tag)


# ---------------------------------------------------------------------------------------------
# mutation

MAX_GROWN = 32  # a list grows (append, extend, insert, slice assignment) only below this length


def mutate(sc, ed, out):
    from .stmts import rtype_frozen
    rng = sc.rng
    v = var_expr(sc, lambda t: t.kind in ('list', 'dict', 'set') and not t.nullable
                 and not rtype_frozen(sc, t))
    if v is None:
        return None
    sc.effects = True
    t = v.ty
    n = v.name
    if t.kind == 'list':
        e = t.elem
        m = rng.choice(['append', 'append', 'extend', 'insert', 'pop', 'pop_i', 'remove',
                        'reverse', 'sort', 'del_i', 'del_slice', 'set_i', 'set_slice',
                        'set_i_order'])
        # The operations that may grow the list run while it is short: one inside loops (over
        # copies of it, in a while loop) would grow it geometrically (5**8 items, 18 MB printed).
        grow = 'if len(%s) < %d' % (n, MAX_GROWN)
        if m == 'append':
            out.append(Block(grow, ['%s.append(%s)' % (n, expr(sc, e, ed))]))
        elif m == 'extend':
            out.append(Block(grow, ['%s.extend(%s[:4])' % (n, S.list_expr(sc, T.List(e), ed, ANY))]))
        elif m == 'insert':
            out.append(Block(grow, ['%s.insert(%s, %s)' % (n, coerce_int(sc, int_expr(sc, ed), -10, 10),
                                                           expr(sc, e, ed))]))
        elif m == 'pop':
            out.append(Block('if %s' % n, ['%s.pop()' % n]))
        elif m == 'pop_i':
            i = int_expr(sc, ed, NOPRINT)[0]
            out.append(Block('if %s' % n, ['%s.pop(%s %% len(%s))' % (n, i, n)]))
        elif m == 'remove':
            x = sc.unit.fresh('v')
            out.append('%s = %s' % (x, expr(sc, e, ed)))
            out.append(Block('if %s in %s' % (x, n), ['%s.remove(%s)' % (n, x)]))
        elif m == 'reverse':
            out.append('%s.reverse()' % n)
        elif m == 'sort':
            if not S.sortable(e):
                return None
            out.append('%s.sort()' % n if rng.random() < 0.7 else '%s.sort(reverse=True)' % n)
        elif m == 'del_i':
            i = int_expr(sc, ed, NOPRINT)[0]
            out.append(Block('if %s' % n, ['del %s[%s %% len(%s)]' % (n, i, n)]))
        elif m == 'del_slice':
            a = coerce_int(sc, int_expr(sc, ed), -5, 5)
            b = coerce_int(sc, int_expr(sc, ed), -5, 5)
            out.append('del %s[%s:%s]' % (n, a, b))
        elif m == 'set_slice':
            a = coerce_int(sc, int_expr(sc, ed), -5, 5)
            b = coerce_int(sc, int_expr(sc, ed), -5, 5)
            out.append(Block(grow, ['%s[%s:%s] = %s[:4]' % (n, a, b, S.list_expr(sc, T.List(e), ed, ANY))]))
        elif m == 'set_i':
            i = int_expr(sc, ed, NOPRINT)[0]
            out.append(Block('if %s' % n, ['%s[%s %% len(%s)] = %s' % (n, i, n, expr(sc, e, ed))]))
        else:
            # a[i()] = v(): the value is evaluated before the index
            f = child_fx(sc, ANY, 2, 'eval_order')
            val = expr(sc, e, ed, f[0])
            i = coerce_int(sc, int_expr(sc, ed, f[1]), 0, 1000)
            out.append(Block('if %s' % n, ['%s[%s %% len(%s)] = %s' % (n, i, n, val)]))
        return True
    if t.kind == 'dict':
        m = rng.choice(['set', 'set', 'del', 'pop', 'setdefault', 'update', 'clear', 'popitem',
                        'aug'])
        k = expr(sc, t.k, ed)
        if m == 'set':
            f = child_fx(sc, ANY, 2, 'eval_order')
            val = expr(sc, t.v, ed, f[0])
            k = expr(sc, t.k, ed, f[1])
            out.append('%s[%s] = %s' % (n, k, val))
        elif m == 'del':
            x = sc.unit.fresh('v')
            out.append('%s = %s' % (x, k))
            out.append(Block('if %s in %s' % (x, n), ['del %s[%s]' % (n, x)]))
        elif m == 'pop':
            out.append('%s.pop(%s, %s)' % (n, k, expr(sc, t.v, ed)))
        elif m == 'setdefault':
            out.append('%s.setdefault(%s, %s)' % (n, k, expr(sc, t.v, ed)))
        elif m == 'update':
            out.append('%s.update(%s)' % (n, S.dict_expr(sc, t, ed, ANY)))
        elif m == 'clear':
            out.append('%s.clear()' % n)
        elif m == 'popitem':
            if sc.unit.dialect == 2 and not sc.on('py2_dict_order'):
                return None
            out.append(Block('if %s' % n, ['%s.popitem()' % n]))
        else:
            if t.v.kind != 'str':
                return None
            x = sc.unit.fresh('v')
            out.append('%s = %s' % (x, k))
            out.append(Block('if %s in %s' % (x, n), ['%s[%s] += %s' % (
                n, x, L.str_lit(rng.choice(['!', 'ab', ''])))]))
        return True
    m = rng.choice(['add', 'discard', 'remove', 'update', 'clear'])
    x = expr(sc, t.elem, ed)
    if m == 'add':
        out.append('%s.add(%s)' % (n, x))
    elif m == 'discard':
        out.append('%s.discard(%s)' % (n, x))
    elif m == 'remove':
        y = sc.unit.fresh('v')
        out.append('%s = %s' % (y, x))
        out.append(Block('if %s in %s' % (y, n), ['%s.remove(%s)' % (n, y)]))
    elif m == 'update':
        out.append('%s.update(%s)' % (n, S.set_expr(sc, t, ed, ANY)))
    else:
        out.append('%s.clear()' % n)
    return True


def attr_assign(sc, ed, out):
    if not sc.on('classes'):
        return None
    rng = sc.rng
    v = var_expr(sc, lambda t: t.kind == 'inst' and not t.nullable and t.cls.all_attrs())
    if v is None:
        return None
    an, at = rng.choice(sorted(v.ty.cls.all_attrs().items()))
    sc.effects = True
    if at.kind == 'int' and rng.random() < 0.3:
        # aug-assignment on an attribute: only shrinking operations keep the interval
        op, k = rng.choice([('//=', 2), ('%=', 7), ('&=', 255), ('>>=', 1)])
        if at.contains(0, k - 1) or op in ('//=', '>>='):
            out.append('%s.%s %s %d' % (v.name, an, op, k))
            return True
    f = child_fx(sc, ANY, 2, 'eval_order')
    val = expr(sc, at, ed, f[0])
    out.append('%s.%s = %s' % (v.name, an, val))
    return True


# ---------------------------------------------------------------------------------------------
# closures

def closure(sc, d, out):
    from .stmts import block
    rng = sc.rng
    from . import funcs as F
    params = F.random_params(sc, allow_defaults=False)[:2]
    ret = S.random_type(sc, 1)
    lam = rng.random() < 0.35
    name = sc.unit.fresh('lam' if lam else 'inner')
    f = FuncInfo(name, params, ret, 'closure')
    saved = [(v, v.mutable) for v in sc.all_vars()]
    for v, _ in saved:
        v.mutable = False
    old = (sc.prints, sc.effects, sc.may_raise, sc.cost, sc.mult, sc.loops)
    sc.prints = sc.effects = sc.may_raise = False
    sc.cost, sc.mult, sc.loops = 0, 1, 0
    sc.nested += 1
    sc.push()
    for pn, t, _ in params:
        sc.declare(pn, t, mutable=False)
    if lam:
        body_text = expr(sc, ret, 2, ANY)
        line = '%s = lambda %s: %s' % (name, ', '.join(p[0] for p in params), body_text)
    else:
        body = block(sc, rng.randint(0, 3), max(d - 1, 0))
        body.append('return %s' % expr(sc, ret, 2, ANY))
        line = Block('def %s(%s)' % (name, ', '.join(p[0] for p in params)), body)
    sc.pop()
    sc.nested -= 1
    f.prints, f.effects, f.may_raise, f.cost = sc.prints, sc.effects, sc.may_raise, sc.cost + 1
    sc.prints, sc.effects, sc.may_raise, sc.cost, sc.mult, sc.loops = old
    for v, m in saved:
        v.mutable = m
    out.append(line)
    sc.had_nested = True
    sc.closures.append((name, f, len(sc.frames)))
    return True
