"""Class metadata and the expressions that use instances: construction, attribute reads (also
through None, inside a handler), method calls, isinstance tests."""

from . import types as T
from . import literals as L
from .choose import pick, Fail
from .exprs import PURE, ANY, expr, child_fx, var_expr, traced, int_expr, bool_expr


class ClassInfo(object):
    def __init__(self, name, base, family):
        self.name = name
        self.base = base
        self.family = family          # list of method names in call order (shared by family)
        self.attrs = {}               # instance attributes introduced here: name -> type
        self.class_attrs = {}         # name -> (type, text)
        self.methods = {}             # methods defined here: name -> FuncInfo
        self.init_params = []         # (name, type) of __init__
        self.has_str = False
        self.has_len = False
        self.has_getitem = None       # item type of __getitem__(int)
        self.store = None             # attribute behind __setitem__/__delitem__ (a dict)
        self.has_contains = None      # arg type of __contains__
        self.has_iter = None          # item type yielded by __iter__
        self.is_exc = False
        self.is_ctx = False           # __enter__/__exit__
        self.is_iter = False          # an iterator class (extras.new_iterator_class)
        self.subclasses = []
        self.props = {}               # property name -> type

    def ancestors(self):
        c, out = self, []
        while c is not None:
            out.append(c)
            c = c.base
        return out

    def is_subclass_of(self, other):
        return any(c is other for c in self.ancestors())

    def all_attrs(self):
        out = {}
        for c in reversed(self.ancestors()):
            out.update(c.attrs)
        return out

    def all_class_attrs(self):
        out = {}
        for c in reversed(self.ancestors()):
            out.update(c.class_attrs)
        return out

    def method(self, name):
        for c in self.ancestors():
            if name in c.methods:
                return c.methods[name]
        return None

    def all_methods(self):
        out = {}
        for c in reversed(self.ancestors()):
            out.update(c.methods)
        return out

    def descendants(self):
        out = [self]
        for s in self.subclasses:
            out.extend(s.descendants())
        return out

    def root(self):
        return self.ancestors()[-1]


def instance_classes(sc):
    return [c for c in sc.unit.classes if not c.is_exc and not c.is_iter]


def inst_expr(sc, ty, d, fx):
    rng = sc.rng
    if ty.nullable and rng.random() < 0.2:
        return 'None'
    v = var_expr(sc, lambda t: t.kind == 'inst' and T.assignable(t, ty))
    if v is not None and rng.random() < 0.5:
        return v.name
    if d > 0 and rng.random() < 0.2:
        from .exprs import call_expr
        res = call_expr(sc, lambda t: t is not None and T.assignable(t, ty), d, fx)
        if res is not None:
            return res[0]
    if d > 0 and rng.random() < 0.15:
        res = attr_read(sc, lambda t: t.kind == 'inst' and T.assignable(t, ty), d, fx)
        if res is not None:
            return res[0]
    # construct one of the class or its subclasses
    if sc.no_construct is ty.cls.root() or d < -2:
        if ty.nullable:
            return 'None'
        v = var_expr(sc, lambda t: t.kind == 'inst' and T.assignable(t, ty))
        if v is None:
            raise Fail('no instance of %s here' % ty.cls.name)
        return v.name
    if d > 0 and rng.random() < 0.1:
        from . import extras as X
        res = X.inst_extra(sc, ty, d, fx)
        if res is not None:
            return res
    cls = rng.choice([c for c in ty.cls.descendants() if not c.is_exc])
    return construct(sc, cls, d, fx)


def construct(sc, cls, d, fx):
    params = cls.init_params
    f = child_fx(sc, fx, len(params), 'eval_order')
    args = [expr(sc, t, max(d - 1, 0), f[i]) for i, (n, t) in enumerate(params)]
    if sc.on('kwargs') and args and sc.rng.random() < 0.2:
        k = sc.rng.randrange(len(args))
        args = args[:k] + ['%s=%s' % (params[i][0], args[i]) for i in range(k, len(args))]
    return '%s(%s)' % (cls.name, ', '.join(args))


def inst_source(sc, d, fx, pred=lambda c: True, nullable_ok=False):
    """(text, class, nullable) of an instance expression, preferring variables."""
    rng = sc.rng
    vs = [v for v in sc.all_vars() if v.ty.kind == 'inst' and pred(v.ty.cls)
          and (nullable_ok or not v.ty.nullable)]
    if vs and rng.random() < 0.85:
        v = rng.choice(vs)
        return v.name, v.ty.cls, v.ty.nullable
    cands = [c for c in instance_classes(sc) if pred(c) and c.root() is not sc.no_construct]
    if not cands or d <= 0:
        return None
    c = rng.choice(cands)
    return '%s' % construct(sc, c, d - 1, fx), c, False


def attr_read(sc, pred, d, fx):
    """(text, type) of obj.attr (or a class attribute, a property) whose type satisfies pred."""
    if not sc.on('classes'):
        return None
    rng = sc.rng
    src = inst_source(sc, d, fx, lambda c: any(pred(t) for t in c.all_attrs().values()) or any(
        pred(t) for t, _ in c.all_class_attrs().values()) or any(pred(t) for t in c.props.values()))
    if src is None:
        # a class attribute read through the class
        cands = [(c, n) for c in instance_classes(sc) for n, (t, _) in c.class_attrs.items()
                 if pred(t)]
        if not cands:
            return None
        c, n = rng.choice(cands)
        return '%s.%s' % (c.name, n), c.class_attrs[n][0]
    text, cls, _ = src
    names = [(n, t) for n, t in cls.all_attrs().items() if pred(t)]
    if text.isidentifier() or sc.on('class_attr_via_expr'):
        names += [(n, t) for n, (t, _) in cls.all_class_attrs().items() if pred(t)]
    names += [(n, t) for n, t in cls.props.items() if pred(t)]
    if not names:
        return None
    n, t = rng.choice(sorted(names, key=lambda x: x[0]))
    if text[:1] in '\'"(-' or not (text.isidentifier() or text.endswith(')')):
        text = '(%s)' % text
    return '%s.%s' % (text, n), t


def bool_from_obj(sc, d, fx):
    rng = sc.rng
    if not sc.on('classes'):
        return None
    v = var_expr(sc, lambda t: t.kind == 'inst')
    if v is None:
        return None
    if v.ty.nullable and rng.random() < 0.5:
        return '(%s %s None)' % (v.name, rng.choice(['is', 'is not']))
    fam = [c for c in instance_classes(sc) if c.root() is v.ty.cls.root()]
    c = rng.choice(fam)
    if rng.random() < 0.8:
        return 'isinstance(%s, %s)' % (v.name, c.name)
    other = rng.choice(fam)
    return 'isinstance(%s, (%s, %s))' % (v.name, c.name, other.name)


def method_call(sc, pred, d, fx):
    """obj.m(args) of a method whose return type satisfies pred: (text, ret)."""
    if not sc.on('classes'):
        return None
    rng = sc.rng
    from . import funcs as F
    allowed = F.effect_ok

    def ok(m):
        return allowed(m, fx) and not (m.may_raise and F.no_raise_here(sc))

    def has_method(c):
        return any(pred(m.ret) and ok(m) and F.may_call_method(sc, c, n)
                   for n, m in c.all_methods().items())
    fobj, fargs = child_fx(sc, fx, 2)
    src = inst_source(sc, d, fobj, has_method)
    if src is None:
        return None
    text, cls, _ = src
    names = [n for n, m in cls.all_methods().items()
             if pred(m.ret) and ok(m) and F.may_call_method(sc, cls, n)]
    if not names:
        return None
    name = rng.choice(names)
    m = cls.method(name)
    args = F.call_args(sc, m, d, fargs)
    if text[:1] in '\'"(-' or '(' in text and not text.endswith(')'):
        text = '(%s)' % text
    return '%s.%s(%s)' % (text, name, args), m.ret


def special_use(sc, d, fx):
    """len(obj), obj[i], x in obj of classes with __len__/__getitem__/__contains__: (text, ty)."""
    rng = sc.rng
    if sc.no_special:
        return None
    src = inst_source(sc, d, fx, lambda c: c.has_len or c.has_getitem is not None
                      or c.has_contains is not None)
    if src is None:
        return None
    text, cls, _ = src
    uses = []
    if cls.has_len:
        uses.append(('len(%s)' % text, T.Int(0, 1 << 20)))
    if cls.has_getitem is not None:
        i = int_expr(sc, d - 1, PURE)[0]
        uses.append(('%s[%s]' % (text, i), cls.has_getitem))
    if cls.has_contains is not None:
        uses.append(('(%s in %s)' % (expr(sc, cls.has_contains, d - 1, PURE), text), T.Bool()))
    return rng.choice(uses)
