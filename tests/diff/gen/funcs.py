"""Functions: signatures, calls (positional, keyword, defaults, *args, f(*tuple)), bodies,
recursive functions, generator functions and closures."""

from . import types as T
from . import literals as L
from .code import Block
from .context import FuncInfo, Scope
from .exprs import PURE, NOPRINT, ANY, expr, child_fx, int_expr, coerce_int
from . import exprs_seq as S


def effect_ok(f, fx):
    if fx == ANY:
        return True
    if fx == NOPRINT:
        return not f.prints
    return not f.prints and not f.effects and not f.may_raise


def may_call_method(sc, cls, name):
    """Inside a method of the same class family, only methods earlier in the family's order may
    be called (so no generated call cycle exists)."""
    if sc.cls is None or sc.cls.root() is not cls.root():
        return True
    limit = sc.method_limit
    return limit is not None and name in cls.family and cls.family.index(name) < limit


def callable_funcs(sc):
    return list(sc.callable_funcs) + [c[1] for c in sc.closures]


def call_returning(sc, pred, d, fx):
    """(text, ret type) of a call of a function, closure or method returning pred's type."""
    from . import objects as O
    rng = sc.rng
    cands = [f for f in callable_funcs(sc) if f.ret is not None and pred(f.ret)
             and effect_ok(f, fx) and affordable(sc, f)]
    if cands and (rng.random() < 0.7 or not sc.unit.classes):
        f = rng.choice(cands)
        return call_text(sc, f, d, fx), f.ret
    return O.method_call(sc, pred, d, fx)


BUDGET = 3000


def no_raise_here(sc):
    """Inside a finally clause, with raise_in_finally off, nothing may raise."""
    return sc.in_finally and not sc.on('raise_in_finally')


def affordable(sc, f):
    """Would one more call of f keep the estimated run time of this function in budget (and
    may it be called here at all)?"""
    if f.may_raise and no_raise_here(sc):
        return False
    if isinstance(f, RecursiveSelf):
        return sc.loops == 0 and f.sites < 2
    return sc.cost + sc.mult * f.cost <= BUDGET


def call_text(sc, f, d, fx):
    sc.cost += sc.mult * f.cost
    if f.prints:
        sc.prints = True
    if f.effects:
        sc.effects = True
    if f.may_raise:
        sc.may_raise = True
    if isinstance(f, RecursiveSelf):
        f.sites += 1
        args = call_args(sc, f, d, fx)
        return '%s(%s - 1%s)' % (f.name, f.depth, ', ' + args if args else '')
    return '%s(%s)' % (f.name, call_args(sc, f, d, fx))


def call_args(sc, f, d, fx):
    """Argument text for a call of f: positional, then keywords (any order), defaults omitted,
    extra *args, or a single *tuple."""
    rng = sc.rng
    params = f.params
    n = len(params)
    # how many trailing defaulted parameters to leave out
    first_default = n
    while first_default > 0 and params[first_default - 1][2] is not None:
        first_default -= 1
    omit = rng.randint(0, n - first_default) if n > first_default and sc.on('kwargs') else 0
    given = params[:n - omit] if not f.varargs else params
    # at least one: a *args tuple that is empty at every call has no item type
    extra = rng.randint(1, 3) if f.varargs is not None else 0
    fxs = child_fx(sc, fx, len(given) + extra, 'eval_order')
    d1 = max(d - 1, 0)
    vals = [expr(sc, t, d1, fxs[i]) for i, (pn, t, _) in enumerate(given)]
    if f.varargs is not None:
        vals += [expr(sc, f.varargs, d1, fxs[len(given) + i]) for i in range(extra)]
        if extra and sc.on('star_display') and rng.random() < 0.2 and not f.kind == 'method':
            k = len(given)
            return '%s, *(%s,)' % (', '.join(vals[:k]), ', '.join(vals[k:])) if k else \
                '*(%s,)' % ', '.join(vals[k:])
        return ', '.join(vals)
    if sc.on('star_display') and given and rng.random() < 0.08 and len(given) == n:
        return '*(%s%s)' % (', '.join(vals), ',' if len(vals) == 1 else '')
    if sc.on('kwargs') and given and rng.random() < 0.3:
        k = rng.randint(0, len(given) - 1)
        kw = ['%s=%s' % (given[i][0], vals[i]) for i in range(k, len(given))]
        # keywords can be written in any order; they are evaluated as written
        rng.shuffle(kw)
        return ', '.join(vals[:k] + kw)
    return ', '.join(vals)


def gen_list_call(sc, ty, d, fx):
    """list(g(...)) of a generator function yielding ty's item type."""
    gens = [g for g in sc.callable_gens if T.List(g.ret) == T.non_null(ty) and effect_ok(g, fx)
            and affordable(sc, g)]
    if not gens:
        return None
    return 'list(%s)' % call_text(sc, sc.rng.choice(gens), d, fx)


def random_params(sc, allow_defaults=True):
    rng = sc.rng
    n = rng.choice([0, 1, 1, 2, 2, 3, 4])
    params = []
    for i in range(n):
        t = S.random_type(sc, 1)
        params.append([sc.unit.fresh('a'), t, None])
    if allow_defaults and sc.on('kwargs'):
        for p in reversed(params):
            if rng.random() < 0.4 and p[1].kind in ('int', 'str', 'bool', 'float'):
                p[2] = default_text(sc, p[1])
            elif rng.random() < 0.3 and p[1].nullable:
                p[2] = 'None'
            else:
                break
    return [tuple(p) for p in params]


def default_text(sc, t):
    if t.kind == 'int':
        return L.int_lit(L.pick_int(sc.rng, t.lo, t.hi), sc.rng, sc.unit.dialect)
    return expr(sc, t, 0, PURE)


def signature(params, varargs_name=None, self_name=None):
    parts = [self_name] if self_name else []
    for n, t, dflt in params:
        parts.append(n if dflt is None else '%s=%s' % (n, dflt))
    if varargs_name:
        parts.append('*' + varargs_name)
    return ', '.join(parts)


def new_function(unit):
    """Generate a plain (maybe recursive or generator) top-level function and register it."""
    from . import stmts as St
    rng = unit.rng
    sc0 = Scope(unit)
    r = rng.random()
    if r < 0.12 and unit.on('generators'):
        return new_generator(unit)
    recursive = r < 0.22 and unit.on('recursion')
    params = random_params(sc0)
    ret = None if rng.random() < 0.2 else S.random_type(sc0, 2)
    name = unit.gname('f')
    f = FuncInfo(name, params, ret, 'recursive' if recursive else 'plain')
    if unit.on('star_args') and rng.random() < 0.15 and not recursive:
        f.varargs = S.random_elem(sc0, 0, False)
        f.params = [p for p in params if p[2] is None]
    sc = Scope(unit, f)
    for pn, t, _ in f.params:
        v = sc.declare(pn, t)
    varargs_name = None
    body = []
    if f.varargs is not None:
        body += varargs_prologue(sc, f)
        varargs_name = sc.varargs_tuple
    if recursive:
        depth = unit.fresh('depth')
        f.params = [(depth, T.Int(0, 4), None)] + list(f.params)
        sc.declare(depth, T.Int(0, 4), mutable=False)
        if f.ret is not None:
            base = Block('if %s <= 0' % depth, ['return %s' % expr(sc, f.ret, 1, NOPRINT)])
        else:
            base = Block('if %s <= 0' % depth, ['return'])
        body.append(base)
        sc.callable_funcs = sc.callable_funcs + [RecursiveSelf(f, depth)]
    body += St.block(sc, rng.randint(2, 7), 3)
    if f.ret is not None:
        body.append('return %s' % expr(sc, f.ret, 3, ANY))
    f.prints, f.effects, f.may_raise = sc.prints, sc.effects, sc.may_raise
    f.cost = sc.cost * (8 if recursive else 1) + 1
    header = 'def %s(%s)' % (name, signature(f.params, varargs_name))
    if unit.decorators and rng.random() < 0.4:
        unit.items.append(rng.choice(unit.decorators))
    unit.items.append(Block(header, body))
    unit.funcs.append(f)
    return f


def varargs_prologue(sc, f):
    """The *args tuple of f is read by len(), indexing and iteration, and copied to a list."""
    rng = sc.rng
    rest = sc.unit.fresh('rest')
    sc.varargs_tuple = rest
    lst = sc.unit.fresh('v')
    out = ['%s = list(%s)' % (lst, rest)]
    sc.declare(lst, T.List(f.varargs))
    if rng.random() < 0.5:
        n = sc.unit.fresh('v')
        out.append('%s = len(%s)' % (n, rest))
        sc.declare(n, T.Int(0, 1 << 20))
    return out


class RecursiveSelf(FuncInfo):
    """The function being generated, as its own callee: the depth argument shrinks."""

    def __init__(self, f, depth):
        FuncInfo.__init__(self, f.name, f.params[1:], f.ret, 'self')
        self.depth = depth
        self.prints = self.effects = self.may_raise = True
        self.varargs = None
        self.sites = 0
        self.cost = 1


def new_generator(unit):
    from . import stmts as St
    rng = unit.rng
    sc0 = Scope(unit)
    params = random_params(sc0, allow_defaults=False)
    elem = S.random_elem(sc0, 1, False)
    name = unit.gname('gen')
    f = FuncInfo(name, params, elem, 'gen')
    sc = Scope(unit, f)
    for pn, t, _ in params:
        sc.declare(pn, t)
    body = St.block(sc, rng.randint(2, 6), 3)
    # make sure it yields at least a few values
    n = unit.fresh('k')
    body.append(Block('for %s in range(%d)' % (n, rng.randint(0, 4)),
                      ['yield %s' % expr(sc, elem, 2, ANY)]))
    f.prints, f.effects, f.may_raise = sc.prints, sc.effects, sc.may_raise
    f.cost = sc.cost + 1
    unit.items.append(Block('def %s(%s)' % (name, signature(params)), body))
    unit.gens.append(f)
    return f
