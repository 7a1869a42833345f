"""Builtins and class features used less often: any/all, iter/next, getattr/setattr/hasattr,
type(x) is C, issubclass, identity tests, cmp (Python 2), classes as values."""

from . import types as T
from . import literals as L
from .exprs import PURE, ANY, expr, int_expr, bool_expr, var_expr, child_fx
from . import objects as O


def bool_extra(sc, d, fx):
    rng = sc.rng
    r = rng.random()
    if r < 0.3:
        from . import exprs_seq as S
        ety, src = S.iterable_expr(sc, d - 1, fx)
        name = sc.unit.fresh('c')
        sc.push()
        sc.declare(name, ety, mutable=False)
        cond = bool_expr(sc, d - 1, PURE)
        sc.pop()
        sc.had_nested = True
        return '%s(%s for %s in %s)' % (rng.choice(['any', 'all']), cond, name, src) \
            if rng.random() < 0.5 else \
            '%s([%s for %s in %s])' % (rng.choice(['any', 'all']), cond, name, src)
    if not sc.on('classes'):
        return None
    v = var_expr(sc, lambda t: t.kind == 'inst' and not t.nullable and not t.cls.is_ctx)
    if v is None:
        return None
    fam = [c for c in O.instance_classes(sc) if c.root() is v.ty.cls.root()]
    c = rng.choice(fam)
    if r < 0.5:
        return '(type(%s) %s %s)' % (v.name, rng.choice(['is', 'is not', '==', '!=']), c.name)
    if r < 0.6:
        other = rng.choice(fam)
        return 'issubclass(%s, %s)' % (c.name, other.name)
    if r < 0.8:
        names = sorted(v.ty.cls.all_attrs()) + ['nope']
        return 'hasattr(%s, %s)' % (v.name, L.str_lit(rng.choice(names)))
    w = var_expr(sc, lambda t: t.kind == 'inst' and t.cls.root() is v.ty.cls.root())
    return '(%s %s %s)' % (v.name, rng.choice(['is', 'is not']), w.name)


def int_extra(sc, d, fx):
    rng = sc.rng
    r = rng.random()
    if r < 0.25 and sc.unit.dialect == 2:
        f = child_fx(sc, fx, 2)
        a, b = int_expr(sc, d - 1, f[0]), int_expr(sc, d - 1, f[1])
        return ('cmp(%s, %s)' % (a[0], b[0]), -1, 1)
    if r < 0.5:
        v = var_expr(sc, lambda t: t.kind == 'list' and not t.nullable and t.elem.kind == 'int')
        if v is None:
            return None
        e = v.ty.elem
        dflt = L.int_lit(L.pick_int(rng, e.lo, e.hi), rng, sc.unit.dialect)
        if rng.random() < 0.5 or not sc.on('iter_next'):
            return ('next(iter(%s), %s)' % (v.name, dflt), e.lo, e.hi)
        return ('next(reversed(%s), %s)' % (v.name, dflt), e.lo, e.hi)
    if r < 0.75 and sc.on('classes'):
        v = var_expr(sc, lambda t: t.kind == 'inst' and not t.nullable and any(
            a.kind == 'int' for a in t.cls.all_attrs().values()))
        if v is None:
            return None
        names = sorted(n for n, a in v.ty.cls.all_attrs().items() if a.kind == 'int')
        n = rng.choice(names)
        a = v.ty.cls.all_attrs()[n]
        return ('getattr(%s, %s)' % (v.name, L.str_lit(n)), a.lo, a.hi)
    if sc.on('classes'):
        res = O.special_use(sc, d, fx)
        if res is not None and res[1].kind == 'int':
            return (res[0], res[1].lo, res[1].hi)
    return None


def inst_extra(sc, ty, d, fx):
    """(C1 if c else C2)(args): a class chosen at run time, both with the same __init__."""
    rng = sc.rng
    cands = [c for c in ty.cls.descendants() if not c.is_exc]
    if len(cands) < 2 or sc.no_construct is ty.cls.root():
        return None
    a = rng.choice(cands)
    same = [c for c in cands if c is not a and [t for _, t in c.init_params] ==
            [t for _, t in a.init_params]]
    if not same:
        return None
    b = rng.choice(same)
    cond = bool_expr(sc, d - 1, PURE)
    args = ', '.join(expr(sc, t, d - 1, PURE) for _, t in a.init_params)
    if rng.random() < 0.5:
        return '(%s if %s else %s)(%s)' % (a.name, cond, b.name, args)
    # through a variable holding the class
    return None


def setattr_stmt(sc, ed, out):
    if not sc.on('classes'):
        return None
    rng = sc.rng
    v = var_expr(sc, lambda t: t.kind == 'inst' and not t.nullable and t.cls.all_attrs())
    if v is None:
        return None
    n, t = rng.choice(sorted(v.ty.cls.all_attrs().items()))
    out.append('setattr(%s, %s, %s)' % (v.name, L.str_lit(n), expr(sc, t, ed, ANY)))
    sc.effects = True
    return True


def class_value_stmt(sc, ed, out):
    """cls = C1 or C2 (a class in a variable), then cls(args)."""
    if not sc.on('classes'):
        return None
    rng = sc.rng
    roots = [c for c in O.instance_classes(sc) if c.base is None and c.subclasses and
             c is not sc.no_construct]
    if not roots:
        return None
    root = rng.choice(roots)
    cands = root.descendants()
    a = rng.choice(cands)
    same = [c for c in cands if c is not a and [t for _, t in c.init_params] ==
            [t for _, t in a.init_params]]
    if not same:
        return None
    b = rng.choice(same)
    k = sc.unit.fresh('cls')
    o = sc.unit.fresh('v')
    out.append('%s = %s if %s else %s' % (k, a.name, bool_expr(sc, ed, ANY), b.name))
    args = ', '.join(expr(sc, t, ed, ANY) for _, t in a.init_params)
    out.append('%s = %s(%s)' % (o, k, args))
    base = a
    while not b.is_subclass_of(base):
        base = base.base
    sc.declare(o, T.Inst(base))
    return True


def setitem_stmt(sc, ed, out):
    """obj[i] = v and del obj[i] on classes with __setitem__/__delitem__."""
    if not sc.on('classes') or sc.no_special:
        return None
    rng = sc.rng
    v = var_expr(sc, lambda t: t.kind == 'inst' and not t.nullable and t.cls.store is not None)
    if v is None:
        return None
    f = child_fx(sc, ANY, 2, 'eval_order')
    val = expr(sc, T.Int(-1000, 1000), ed, f[0])
    i = int_expr(sc, ed, f[1])[0]
    if rng.random() < 0.7:
        out.append('%s[%s] = %s' % (v.name, i, val))
    else:
        out.append('del %s[%s]' % (v.name, i))
    sc.effects = True
    return True


def new_iterator_class(unit):
    """A class with __iter__ returning self and next()/__next__() raising StopIteration."""
    from .code import Block
    from .objects import ClassInfo
    c = ClassInfo(unit.cname('It'), None, [])
    c.is_iter = True
    items, pos = unit.fresh('items'), unit.fresh('pos')
    c.attrs[items] = T.List(T.Int(-100, 100))
    c.attrs[pos] = T.Int(0, 1 << 20)
    p = unit.fresh('a')
    c.init_params = [(p, T.List(T.Int(-100, 100)))]
    nxt = 'next' if unit.dialect == 2 else '__next__'
    body = [Block('def __init__(self, %s)' % p, ['self.%s = %s' % (items, p),
                                                 'self.%s = 0' % pos]),
            Block('def __iter__(self)', ['return self']),
            Block('def %s(self)' % nxt, [
                Block('if self.%s >= len(self.%s)' % (pos, items), ['raise StopIteration']),
                'self.%s += 1' % pos,
                'return self.%s[self.%s - 1]' % (items, pos)])]
    unit.items.append(Block('class %s(object)' % c.name, body))
    unit.classes.append(c)
    unit.iter_classes.append(c)
    return c


def new_decorators(unit):
    """An identity decorator and a decorator factory, applied to later functions."""
    from .code import Block
    d1, d2 = unit.gname('deco'), unit.gname('decof')
    unit.items.append(Block('def %s(f)' % d1, ['return f']))
    unit.items.append(Block('def %s(n)' % d2, [Block('def deco(f)', ['return f']), 'return deco']))
    unit.decorators = ['@%s' % d1, '@%s(%d)' % (d2, unit.rng.randint(0, 9))]
