"""Class families (single inheritance, attributes and class attributes at every level, method
overrides, __init__ chains, __str__, special methods, properties, static methods), exception
classes and context managers."""

from . import types as T
from . import literals as L
from .code import Block
from .context import FuncInfo, Scope
from .exprs import PURE, NOPRINT, ANY, expr, int_expr, coerce_int
from .objects import ClassInfo
from . import exprs_seq as S


def attr_type(unit, sc, root):
    rng = unit.rng
    r = rng.random()
    if r < 0.15:
        return T.Inst(root, nullable=True)          # linked structures
    if r < 0.25:
        others = [c for c in unit.classes if not c.is_exc and c.root() is not root]
        if others:
            return T.Inst(rng.choice(others), nullable=rng.random() < 0.5)
    return S.random_type(sc, 1, allow_inst=False)


def new_family(unit):
    rng = unit.rng
    order = []
    root = ClassInfo(unit.cname('C'), None, order)
    classes = [root]
    for _ in range(rng.choice([0, 1, 1, 2, 2, 3, 4])):
        base = rng.choice(classes)
        if len(base.ancestors()) >= 4:
            base = root
        c = ClassInfo(unit.cname('C'), base, order)
        base.subclasses.append(c)
        classes.append(c)
    sc0 = Scope(unit)
    # attributes
    for c in classes:
        n = rng.randint(1, 3) if c is root else rng.randint(0, 2)
        for _ in range(n):
            c.attrs[unit.fresh('at')] = attr_type(unit, sc0, root)
        if rng.random() < (0.5 if c is root else 0.3):
            name = unit.fresh('ca') if c is root or rng.random() < 0.5 else None
            inherited = c.base.all_class_attrs() if c.base else {}
            if name is None and inherited:
                name = rng.choice(sorted(inherited))
                ty = inherited[name][0]
            else:
                name = name or unit.fresh('ca')
                ty = rng.choice([T.Int(-100, 100), T.Str(), T.Bool()])
            c.class_attrs[name] = (ty, expr(sc0, ty, 0, PURE))
    # method signatures, shared by every override
    sigs = {}
    for c in classes:
        for _ in range(rng.randint(1, 3) if c is root else rng.randint(0, 1)):
            name = unit.fresh('m')
            params = [p for p in _params(unit, sc0)]
            ret = None if rng.random() < 0.25 else S.random_type(sc0, 1)
            m = FuncInfo(name, params, ret, 'method')
            if unit.on('method_varargs') and rng.random() < 0.1:
                m.varargs = S.random_elem(sc0, 0, False)
            sigs[name] = (m, c)
            order.append(name)
            c.methods[name] = m
    # overrides
    defs = {c.name: [n for n in c.methods] for c in classes}
    for c in classes[1:]:
        for name, m in sorted(c.base.all_methods().items()):
            # overrides more than one level below the class that introduced the method
            deep = c.base is not sigs[name][1]
            if deep and not unit.on('override_skip'):
                continue
            if rng.random() < 0.5:
                c.methods[name] = m
                defs[c.name].append(name)
    # void override: one override of a family returning a nullable kind falls off its end
    void = set()
    if unit.on('void_override'):
        for name in order:
            m, owner = sigs[name]
            overriders = [c for c in classes if name in defs[c.name] and c is not owner]
            if overriders and m.ret is not None and m.ret.kind in ('str', 'list', 'inst') \
                    and rng.random() < 0.5:
                m.ret = m.ret.with_null(True)
                void.add((rng.choice(overriders).name, name))
    # __str__
    if rng.random() < 0.5:
        for c in root.descendants():
            c.has_str = True
    # special methods on the root
    if rng.random() < 0.2:
        root.has_len = True
    if rng.random() < 0.2:
        root.has_getitem = T.Int(-1000, 1000)
        if unit.on('setitem'):
            root.store = unit.fresh('st')
            root.attrs[root.store] = T.Dict(T.Int(T.MININT, T.MAXINT), T.Int(-1000, 1000))
    if rng.random() < 0.15:
        root.has_contains = T.Int(-100, 100)
    if rng.random() < 0.15:
        root.props[unit.fresh('pr')] = T.Int(T.MININT, T.MAXINT)
    for c in classes[1:]:
        c.has_len, c.has_getitem, c.has_contains = root.has_len, root.has_getitem, root.has_contains
        c.store = root.store
        c.props = dict(root.props)
    # __init__ parameters
    for c in classes:
        c.init_params = [(unit.fresh('a'), t) for t in _init_param_types(unit, sc0, c)]
    unit.classes.extend(classes)
    # bodies, in the family's method order so callers know their callees' effects
    blocks = {c.name: [] for c in classes}
    for c in classes:
        if c.class_attrs:
            blocks[c.name] += ['%s = %s' % (n, txt) for n, (t, txt) in sorted(c.class_attrs.items())]
        blocks[c.name].append(_init(unit, c))
    for idx, name in enumerate(order):
        m = sigs[name][0]
        agg = [False, False, False, 1]
        for c in classes:
            if name in defs[c.name]:
                blk, sc = _method(unit, c, m, idx, (c.name, name) in void)
                blocks[c.name].append(blk)
                agg = [agg[0] or sc.prints, agg[1] or sc.effects, agg[2] or sc.may_raise,
                       max(agg[3], sc.cost + 1)]
        m.prints, m.effects, m.may_raise, m.cost = agg
    for c in classes:
        blocks[c.name] += _specials(unit, c, len(order))
    statics = []
    if unit.on('staticmethods') and rng.random() < 0.3:
        statics.append(_static(unit, root, blocks[root.name]))
    for c in classes:
        base = c.base.name if c.base else 'object'
        unit.items.append(Block('class %s(%s)' % (c.name, base), blocks[c.name]))
    # static methods are called like functions by later code, through any class of the family
    for s in statics:
        s.name = '%s.%s' % (rng.choice(classes).name, s.name)
        unit.funcs.append(s)
    return root


def _static(unit, root, block):
    sc = Scope(unit)
    params = [(unit.fresh('a'), S.random_scalar(sc), None) for _ in range(unit.rng.randint(0, 2))]
    ret = S.random_scalar(sc)
    name = unit.fresh('sm')
    f = FuncInfo(name, params, ret, 'plain')
    for pn, t, _ in params:
        sc.declare(pn, t)
    block.append('@staticmethod')
    block.append(Block('def %s(%s)' % (name, ', '.join(p[0] for p in params)),
                       ['return %s' % expr(sc, ret, 2, NOPRINT)]))
    f.prints, f.effects, f.may_raise = sc.prints, sc.effects, sc.may_raise
    return f


def _params(unit, sc0):
    rng = unit.rng
    out = []
    for _ in range(rng.choice([0, 1, 1, 2])):
        out.append((unit.fresh('a'), S.random_type(sc0, 1, allow_inst=False), None))
    return out


def _init_param_types(unit, sc0, c):
    rng = unit.rng
    out = []
    for _ in range(rng.choice([0, 1, 1, 2])):
        out.append(S.random_type(sc0, 1, allow_inst=False))
    return out


def method_scope(unit, c, m, limit, no_construct=False, with_self=True):
    sc = Scope(unit, m, cls=c)
    if with_self:
        sc.declare('self', T.Inst(c), mutable=False)
    sc.method_limit = limit
    if no_construct:
        sc.no_construct = c.root()
    for pn, t, _ in m.params:
        sc.declare(pn, t)
    return sc


def _init(unit, c):
    rng = unit.rng
    m = FuncInfo('__init__', [(n, t, None) for n, t in c.init_params], None, 'method')
    # __init__ does not read self (its attributes are not all set yet); with eval_order off it
    # has no side effects (constructors appear in operands that must be pure)
    sc = method_scope(unit, c, m, 0, no_construct=True, with_self=False)
    init_fx = NOPRINT if unit.on('eval_order') else PURE
    body = []
    if c.base is not None:
        args = ', '.join(expr(sc, t, 1, init_fx) for n, t in c.base.init_params)
        r = rng.random()
        if r < 0.5 or not unit.on('super'):
            body.append('%s.__init__(self%s)' % (c.base.name, ', ' + args if args else ''))
        elif unit.dialect == 3 and r < 0.75:
            body.append('super().__init__(%s)' % args)
        else:
            body.append('super(%s, self).__init__(%s)' % (c.name, args))
    params = [n for n, t in c.init_params]
    for an, at in sorted(c.attrs.items()):
        ps = [n for n, t in c.init_params if T.assignable(t, at)]
        if ps and rng.random() < 0.7:
            body.append('self.%s = %s' % (an, rng.choice(ps)))
        else:
            body.append('self.%s = %s' % (an, expr(sc, at, 1, init_fx)))
    if unit.on('attr_shadow') and c.base is not None:
        for n, (t, _) in sorted(c.all_class_attrs().items()):
            if rng.random() < 0.3:
                body.append('self.%s = %s' % (n, expr(sc, t, 1, init_fx)))
    if not body:
        body.append('pass')
    header = 'def __init__(self%s)' % ''.join(', ' + p for p in params)
    return Block(header, body)


def _method(unit, c, m, idx, void):
    from . import stmts as St
    from . import funcs as F
    rng = unit.rng
    sc = method_scope(unit, c, m, idx)
    body = []
    varargs = None
    if m.varargs is not None:
        body += F.varargs_prologue(sc, m)
        varargs = sc.varargs_tuple
    body += St.block(sc, rng.randint(1, 4), 2)
    if m.ret is not None and not void:
        body.append('return %s' % expr(sc, m.ret, 2, ANY))
    sig = F.signature(m.params, varargs, 'self')
    return Block('def %s(%s)' % (m.name, sig), body), sc


def _specials(unit, c, limit):
    """__str__, __len__, __getitem__, __contains__ and properties (defined on the root, some
    overridden below)."""
    rng = unit.rng
    out = []
    # special methods call no method and use no special method (no recursion through them)
    sc = method_scope(unit, c, FuncInfo('special', [], None, 'method'), 0, no_construct=True)
    sc.no_special = True
    attrs = c.all_attrs()
    is_root = c.base is None
    if c.has_str and (is_root or rng.random() < 0.4):
        parts = [L.str_lit(c.name + ':')]
        for an, at in sorted(attrs.items())[:2]:
            if at.kind in ('int', 'str', 'bool'):
                parts.append('str(self.%s)' % an)
        name = '__str__' if is_root or rng.random() < 0.7 else '__repr__'
        out.append(Block('def %s(self)' % name, ['return %s' % ' + '.join(parts)]))
    ints = [an for an, at in sorted(attrs.items()) if at.kind == 'int']
    lists = [an for an, at in sorted(attrs.items()) if at.kind == 'list']
    over = unit.on('special_override')
    if c.has_len and (is_root or over and rng.random() < 0.3):
        if lists and rng.random() < 0.6:
            out.append(Block('def __len__(self)', ['return len(self.%s)' % rng.choice(lists)]))
        else:
            v = coerce_int(sc, int_expr(sc, 1, PURE), 0, 1000)
            out.append(Block('def __len__(self)', ['return %s' % v]))
    if c.has_getitem is not None and (is_root or over and rng.random() < 0.3):
        sc.push()
        sc.declare('i', T.Int(T.MININT, T.MAXINT), mutable=False)
        v = coerce_int(sc, int_expr(sc, 2, PURE), -1000, 1000)
        sc.pop()
        if c.store:
            v = 'self.%s.get(i, %s)' % (c.store, v)
        out.append(Block('def __getitem__(self, i)', ['return %s' % v]))
        if c.store and is_root:
            out.append(Block('def __setitem__(self, i, v)', ['self.%s[i] = v' % c.store]))
            out.append(Block('def __delitem__(self, i)', [
                Block('if i in self.%s' % c.store, ['del self.%s[i]' % c.store])]))
    if c.has_contains is not None and (is_root or over and rng.random() < 0.3):
        sc.push()
        sc.declare('x', c.has_contains, mutable=False)
        from .exprs import bool_expr
        v = bool_expr(sc, 2, PURE)
        sc.pop()
        out.append(Block('def __contains__(self, x)', ['return %s' % v]))
    props, c.props = c.props, {}     # a getter never reads a property (no recursion)
    for pn, pt in sorted(props.items()):
        if is_root or rng.random() < 0.3:
            g = '_get_' + pn
            v = expr(sc, pt, 2, PURE)
            out.append(Block('def %s(self)' % g, ['return %s' % v]))
            out.append('%s = property(%s)' % (pn, g))
    c.props = props
    return out


def new_exceptions(unit):
    rng = unit.rng
    sc0 = Scope(unit)
    bases = ['Exception', 'Exception', 'ValueError', 'KeyError', 'RuntimeError']
    prev = []
    for _ in range(rng.randint(1, 3)):
        c = ClassInfo(unit.cname('E'), None, [])
        c.is_exc = True
        if prev and rng.random() < 0.5:
            parent = rng.choice(prev)
            c.base = parent
            base_name = parent.name
        else:
            base_name = rng.choice(bases)
        body = []
        if rng.random() < 0.6:
            ty = rng.choice([T.Int(-100, 100), T.Str()])
            an = unit.fresh('code')
            c.attrs[an] = ty
            p = unit.fresh('a')
            c.init_params = [(p, ty)]
            body.append(Block('def __init__(self, %s)' % p, ['self.%s = %s' % (an, p)]))
        elif c.base is not None:
            c.init_params = list(c.base.init_params)
        if not body:
            body = ['pass']
        unit.items.append(Block('class %s(%s)' % (c.name, base_name), body))
        unit.classes.append(c)
        unit.exc_classes.append(c)
        prev.append(c)


def new_context_manager(unit):
    c = ClassInfo(unit.cname('Ctx'), None, [])
    c.is_ctx = True
    an = unit.fresh('at')
    c.attrs[an] = T.Str()
    c.init_params = [(unit.fresh('a'), T.Str())]
    p = c.init_params[0][0]
    from .context import print_line
    pr = (lambda s: print_line(unit, s))
    swallow = unit.rng.random() < 0.3
    body = [Block('def __init__(self, %s)' % p, ['self.%s = %s' % (an, p)]),
            Block('def __enter__(self)', [pr("'enter ' + self.%s" % an), 'return self']),
            Block('def __exit__(self, typ, val, tb)',
                  [pr("'exit ' + self.%s" % an), 'return %s' % ('True' if swallow else 'False')])]
    unit.items.append(Block('class %s(object)' % c.name, body))
    unit.classes.append(c)
    return c
