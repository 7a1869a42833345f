"""Generation state: a program unit (its classes, functions, tracers) and the scopes of the
function being generated (variables with their types and current value intervals)."""

from . import types as T


class Var(object):
    def __init__(self, name, ty, mutable=True):
        self.name = name
        self.ty = ty          # declared type (intervals: every value ever stored fits)
        self.cur = None       # (lo, hi) known now for ints/floats, None = the declared interval
        self.mutable = mutable  # False: loop variables, narrowed names, parameters of closures
        # the last value written to it is None (`v = None`, or a copy of such a variable): an
        # attribute read through it reads None's, which RPython refuses (the flow graph knows it)
        self.none_only = False

    def interval(self):
        if self.cur is not None:
            return self.cur
        return (self.ty.lo, self.ty.hi)


class FuncInfo(object):
    """A callable the generated code may call: a function or a method family member."""

    def __init__(self, name, params, ret, kind='plain'):
        self.name = name
        self.params = params      # list of (name, type, default text or None)
        self.varargs = None       # element type of *args, or None
        self.ret = ret            # type, or None for a function that returns nothing
        self.kind = kind          # 'plain' | 'gen' | 'recursive' | 'method'
        self.prints = False       # its body (or a callee) prints
        self.effects = False      # its body has side effects other than printing
        self.may_raise = False    # an exception may escape it
        self.cost = 1             # estimated statements executed by one call


class Unit(object):
    """One generated program: everything is prefixed so units can share a module."""

    def __init__(self, rng, opts, dialect, index):
        self.rng = rng
        self.opts = opts
        self.dialect = dialect
        self.print_fn = dialect == 3 or opts.print_function
        self.prefix = 'p%d_' % index
        self.cprefix = 'P%d' % index
        self.items = []          # top-level code (Blocks and lines), in definition order
        self.funcs = []          # FuncInfo of plain functions, callable by later code
        self.gens = []           # FuncInfo of generator functions
        self.classes = []        # ClassInfo, in definition order
        self.exc_classes = []    # ClassInfo of exception classes
        self.iter_classes = []   # ClassInfo of iterator classes
        self.decorators = []     # decorator lines to put on some functions
        self.tracers = {}        # type key -> tracer name
        self.tracer_defs = []
        self.globals = []        # (name, type) module-level constants
        self.imports = set()
        self.value_class = None  # specials.ValueClass, or None
        self.counter = 0
        self.tags = 0
        self.log = self.prefix + 'log'
        self.uses_log = False

    def fresh(self, stem='v'):
        self.counter += 1
        return '%s%d' % (stem, self.counter)

    def gname(self, stem):
        self.counter += 1
        return '%s%s%d' % (self.prefix, stem, self.counter)

    def cname(self, stem):
        self.counter += 1
        return '%s%s%d' % (self.cprefix, stem, self.counter)

    def on(self, feature):
        return self.opts.on(feature)

    def tag(self):
        self.tags += 1
        return 't%d' % self.tags

    def tracer(self, ty):
        """The name of a function that logs a tag and returns its argument of type `ty`."""
        key = rtype_key(ty)
        name = self.tracers.get(key)
        if name is None:
            name = '%str%d' % (self.prefix, len(self.tracers))
            self.tracers[key] = name
            self.tracer_defs.append(name)
            self.uses_log = True
        return name


def print_line(unit, args):
    """A print of `args` (comma-separated text) in the unit's dialect."""
    if unit.print_fn:
        return 'print(%s)' % args
    return 'print %s' % args


def rtype_key(ty):
    """The RPython type of `ty`, intervals ignored."""
    k = ty.kind
    if k in ('int', 'float', 'bool'):
        return (k,)
    if k == 'str':
        return ('str', ty.nullable)
    if k == 'list':
        return ('list', rtype_key(ty.elem), ty.nullable)
    if k == 'set':
        return ('set', rtype_key(ty.elem))
    if k == 'dict':
        return ('dict', rtype_key(ty.k), rtype_key(ty.v), ty.nullable)
    if k == 'tuple':
        return ('tuple',) + tuple(rtype_key(i) for i in ty.items)
    if k == 'inst':
        return ('inst', ty.cls.name, ty.nullable)
    raise ValueError(k)


class Scope(object):
    """The function being generated: nested frames of variables, loop depth, flags."""

    def __init__(self, unit, func=None, cls=None, self_ty=None):
        self.unit = unit
        self.func = func          # FuncInfo being generated (None: a module-level helper)
        self.cls = cls            # ClassInfo when generating a method
        self.frames = [{}]
        self.loops = 0            # enclosing loops (break/continue allowed when > 0)
        self.frozen = set()       # rtype keys of containers being iterated: no mutation
        self.in_finally = 0
        self.in_except = 0        # inside an except clause (bare raise allowed)
        self.in_gen = func is not None and func.kind == 'gen'
        self.callable_funcs = list(unit.funcs)
        self.callable_gens = list(unit.gens)
        self.method_limit = None  # (family root, index): methods callable on self
        self.prints = False
        self.effects = False
        self.closures = []        # local closures: (name, FuncInfo)
        self.nested = 0           # > 0 inside a nested def
        self.may_raise = False
        self.cost = 0             # estimated statements executed so far by one call
        self.mult = 1             # product of the iteration bounds of the enclosing loops
        self.varargs_tuple = None
        self.no_construct = None  # root of a class family whose instances must not be built
        self.had_nested = False   # a nested scope was generated in this function
        self.no_special = False   # inside a special method: no len(obj), obj[i], x in obj
        for name, ty in unit.globals:
            self.declare(name, ty, mutable=False)

    @property
    def rng(self):
        return self.unit.rng

    def on(self, f):
        return self.unit.opts.on(f)

    def push(self):
        self.frames.append({})

    def pop(self):
        self.frames.pop()
        self.closures = [c for c in self.closures if c[2] <= len(self.frames)]

    def declare(self, name, ty, mutable=True):
        v = Var(name, ty, mutable)
        self.frames[-1][name] = v
        return v

    def none_only(self, text):
        """Whether the value text (an expression just written) is None, as far as it shows."""
        if text == 'None':
            return True
        for f in reversed(self.frames):
            if text in f:
                return f[text].none_only
        return False

    def all_vars(self):
        seen = {}
        for f in self.frames:
            seen.update(f)
        return list(seen.values())

    def vars_of(self, pred):
        return [v for v in self.all_vars() if pred(v.ty)]

    def forget_intervals(self):
        for f in self.frames:
            for v in f.values():
                v.cur = None

    def snapshot(self):
        return [(v, v.cur) for v in self.all_vars()]

    def restore(self, snap):
        for v, cur in snap:
            v.cur = cur
