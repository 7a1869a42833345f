"""Scripts' and RPython's object protocol and newer constructs, as self-contained statements:
a value class with special methods (arithmetic, __eq__/__hash__ keys in dicts and sets, __lt__
sorting, __call__, __len__/__bool__ truth, __str__/__repr__ printing), classmethod and
staticmethod, module variables rebound through `global` (scripts), starred assignment (Python 3),
and heapq/bisect/collections.deque. Their operands come from the surrounding random code, with
side effects where the evaluation order matters; their own variables stay out of the scope."""

from .code import Block
from .context import print_line
from .exprs import ANY, int_expr, child_fx, coerce_int, var_expr
from . import literals as L

TAGS = ['a', 'b', 'c', 'ab', 'xyz', '']


class ValueClass(object):
    def __init__(self, name, truth, counter):
        self.name = name
        self.truth = truth          # 'bool': __bool__/__nonzero__ decides truth; 'len': __len__
        self.counter = counter      # module variable rebound through `global`, or None
        self.bump = None            # the function that rebinds it


def new_value_class(unit):
    rng = unit.rng
    name = unit.cname('Val')
    truth = rng.choice(['bool', 'len'])
    vc = ValueClass(name, truth, None)
    body = [Block('def __init__(self, x, tag)', ['self.x = x', 'self.tag = tag']),
            Block('def __add__(self, o)', ['return %s((self.x + o.x) %% 1000, self.tag)' % name]),
            Block('def __sub__(self, o)', ['return %s((self.x - o.x) %% 1000, o.tag)' % name]),
            Block('def __mul__(self, k)', ['return %s((self.x * k) %% 1000, self.tag)' % name]),
            Block('def __neg__(self)', ['return %s(-self.x, self.tag)' % name]),
            Block('def __eq__(self, o)', ['return self.x == o.x']),
            Block('def __ne__(self, o)', ['return self.x != o.x']),
            # collisions on purpose: equal hashes, unequal values
            Block('def __hash__(self)', ['return self.x %% %d' % rng.choice([1, 7, 97])]),
            Block('def __lt__(self, o)', ['return self.x < o.x']),
            Block('def __call__(self, k)', ['return self.x + k']),
            Block('def __len__(self)', ['return len(self.tag)']),
            Block('def __str__(self)', ["return 'V%d' % self.x"]),
            Block('def __repr__(self)', ["return 'Val(%d, %r)' % (self.x, self.tag)"]),
            '@classmethod',
            Block('def make(cls, x)', ["return cls(x % 1000, 'm')"]),
            '@staticmethod',
            Block('def norm(x)', ['return x % 7'])]
    if truth == 'bool':
        body.append(Block('def %s(self)' % ('__bool__' if unit.dialect == 3 else '__nonzero__'),
                          ['return self.x > 0']))
    unit.items.append(Block('class %s(object)' % name, body))
    if unit.dialect == 3 and unit.on('module_globals'):
        # a module variable that functions rebind (scripts only: RPython never rebinds globals)
        vc.counter = unit.gname('count')
        vc.bump = unit.gname('bump')
        unit.items.append('%s = %d' % (vc.counter, rng.randint(0, 9)))
        unit.items.append(Block('def %s(k)' % vc.bump, [
            'global %s' % vc.counter,
            '%s = (%s * 3 + k) %% 1000' % (vc.counter, vc.counter),
            'return %s' % vc.counter]))
        unit.items.append('%s = %s(%d)' % (vc.counter, vc.bump, rng.randint(0, 9)))
    unit.value_class = vc
    return vc


def _ints(sc, ed, n, lo=-50, hi=50):
    """n int operands in [lo, hi], effects allowed where the order is Python's."""
    fxs = child_fx(sc, ANY, n, 'eval_order')
    return ['(%s)' % coerce_int(sc, int_expr(sc, ed, fxs[i]), lo, hi) for i in range(n)]


def _vals(sc, ed, n):
    vc = sc.unit.value_class
    rng = sc.rng
    xs = _ints(sc, ed, n)
    out = []
    for x in xs:
        if rng.random() < 0.2:
            out.append('%s.make(%s)' % (vc.name, x))
        else:
            out.append('%s(%s, %s)' % (vc.name, x, L.str_lit(rng.choice(TAGS))))
    return out


def special_stmt(sc, ed, out):
    """A few lines using the unit's value class."""
    vc = getattr(sc.unit, 'value_class', None)
    if vc is None:
        return None
    rng = sc.rng
    u = sc.unit
    pr = lambda args: print_line(u, args)  # noqa: E731
    a, b = u.fresh('sa'), u.fresh('sb')
    va, vb = _vals(sc, ed, 2)
    r = rng.random()
    if r < 0.1:
        # multiple assignment: both constructors run before either name is bound
        out.append('%s, %s = %s, %s' % (a, b, va, vb))
    else:
        out += ['%s = %s' % (a, va), '%s = %s' % (b, vb)]
    k = _ints(sc, ed, 1, -9, 9)[0]
    if r < 0.2:
        out.append(pr('%s + %s, %s - %s, %s * %s, -%s' % (a, b, a, b, a, k, a)))
        out.append('%s += %s' % (a, b))
        out.append('%s *= %s' % (b, k))
        out.append(pr('%s, %s' % (a, b)))
    elif r < 0.35:
        # <= has no method (a TypeError in both dialects); > calls the right operand's __lt__
        gt = ', %s > %s' % (a, b) if sc.on('reflected_compare') else ''
        out.append(pr('%s == %s, %s != %s, %s < %s, %s < %s%s' % (a, b, a, b, a, b, b, a, gt)))
    elif r < 0.5:
        lst = u.fresh('sl')
        items = _vals(sc, ed, rng.randint(2, 5))
        out.append('%s = [%s, %s, %s]' % (lst, a, b, ', '.join(items)))
        how = rng.random()
        if how < 0.4:
            out.append('%s.sort()' % lst)
        elif how < 0.7:
            out.append('%s = sorted(%s, reverse=%s)' % (lst, lst, rng.choice(['True', 'False'])))
        else:
            out.append('%s = sorted(%s, key=lambda v: v.tag)' % (lst, lst))
        out.append(pr('[repr(v) for v in %s], min(%s), max(%s)' % (lst, lst, lst)))
        out.append(pr("' '.join([str(v) for v in %s])" % lst))
    elif r < 0.65:
        d, s = u.fresh('sd'), u.fresh('ss')
        ks = _ints(sc, ed, 3)
        out.append('%s = {%s: %s, %s: %s}' % (d, a, ks[0], b, ks[1]))
        out.append('%s[%s(%s, %s)] = %s' % (d, vc.name, ks[2], L.str_lit('q'), ks[0]))
        out.append('%s = set([%s, %s])' % (s, a, b))
        out.append('%s.add(%s(%s, %s))' % (s, vc.name, ks[1], L.str_lit('r')))
        probe = '%s(%s, %s)' % (vc.name, ks[rng.randrange(3)], L.str_lit('p'))
        out.append(pr('len(%s), %s in %s, %s.get(%s, -1), len(%s), %s in %s' % (
            d, a, d, d, probe, s, probe, s)))
        if u.dialect == 3:
            out.append(pr('[str(x) for x in %s], [%s[x] for x in %s]' % (d, d, d)))
    elif r < 0.8:
        out.append(pr('%s(%s), len(%s), bool(%s), not %s, %s if %s else %s' % (
            a, k, a, a, b, L.str_lit('t'), a, L.str_lit('f'))))
        out.append(Block('if %s and %s' % (a, b), [pr(L.str_lit('both'))]))
        out.append(pr('%s.make(%s), %s.make(%s), %s.norm(%s), %s.norm(%s)' % (
            vc.name, k, a, k, vc.name, k, b, k)))
    else:
        out.append(pr('str(%s), repr(%s), %s %% %s, %s %% (%s,)' % (
            a, b, L.str_lit('<%s>'), a, L.str_lit('%r'), b)))
        if u.dialect == 3 and sc.on('fstrings'):
            out.append(pr("f'{%s} {%s!r} {%s.x:>5}'" % (a, b, a)))
    if vc.counter and rng.random() < 0.4:
        # module variables read and rebound by calls, in an evaluation-order position
        out.append(pr('%s(%s), %s, %s(%s)' % (vc.bump, k, vc.counter, vc.bump, a + '.x')))
    sc.prints = True
    sc.effects = True
    return True


def starred_stmt(sc, ed, out):
    """h, *t = ... and *i, l = ... (Python 3)."""
    if sc.unit.dialect != 3:
        return None
    rng = sc.rng
    u = sc.unit
    h, t = u.fresh('sh'), u.fresh('st')
    xs = _ints(sc, ed, rng.randint(1, 4))
    src = '[%s]' % ', '.join(xs)
    v = var_expr(sc, lambda ty: ty.kind == 'list' and not ty.nullable and ty.elem.kind == 'int')
    if v is not None and rng.random() < 0.5:
        src = '%s + %s' % (src, v.name)
    if rng.random() < 0.5:
        out.append('%s, *%s = %s' % (h, t, src))
    else:
        out.append('*%s, %s = %s' % (t, h, src))
    out.append(print_line(u, '%s, %s, len(%s)' % (h, t, t)))
    sc.prints = True
    return True


def stdlib_stmt(sc, ed, out):
    """heapq, bisect and collections.deque on lists of ints."""
    rng = sc.rng
    u = sc.unit
    pr = lambda args: print_line(u, args)  # noqa: E731
    n = u.fresh('sq')
    xs = _ints(sc, ed, rng.randint(2, 6))
    k = _ints(sc, ed, 1)[0]
    r = rng.random()
    if r < 0.35:
        u.imports.add('heapq')
        out.append('%s = [%s]' % (n, ', '.join(xs)))
        out.append('heapq.heapify(%s)' % n)
        out.append('heapq.heappush(%s, %s)' % (n, k))
        out.append(pr('heapq.heappop(%s), %s, heapq.nsmallest(2, %s), heapq.nlargest(2, %s)' % (
            n, n, n, n)))
        out.append(pr('heapq.heappushpop(%s, %s), heapq.heapreplace(%s, %s), %s' % (
            n, k, n, xs[0], n)))
    elif r < 0.65:
        u.imports.add('bisect')
        out.append('%s = sorted([%s])' % (n, ', '.join(xs)))
        out.append('bisect.insort(%s, %s)' % (n, k))
        out.append(pr('bisect.bisect_left(%s, %s), bisect.bisect_right(%s, %s), '
                      'bisect.bisect(%s, %s), %s' % (n, xs[0], n, xs[-1], n, k, n)))
    else:
        u.imports.add('deque')
        out.append('%s = deque([%s])' % (n, ', '.join(xs)))
        out.append('%s.append(%s)' % (n, k))
        out.append('%s.appendleft(%s)' % (n, xs[0]))
        out.append('%s.rotate(%d)' % (n, rng.randint(-3, 3)))
        out.append(pr('%s.popleft(), %s.pop(), list(%s), len(%s), %s in %s' % (
            n, n, n, n, k, n)))
    sc.prints = True
    return True


def vtuple_stmt(sc, ed, out):
    """Tuples whose length is known only at run time (tuple() of a list, of a generator, of a
    slice): read, compared with fixed tuples, hashed, used as dict keys and set members, unpacked."""
    rng = sc.rng
    u = sc.unit
    pr = lambda args: print_line(u, args)  # noqa: E731
    t, v = u.fresh('vt'), u.fresh('vt')
    xs = _ints(sc, ed, rng.randint(1, 5))
    ys = _ints(sc, ed, rng.randint(1, 4))
    k = _ints(sc, ed, 1)[0]
    out.append('%s = tuple([%s])' % (t, ', '.join(xs)))
    if rng.random() < 0.5:
        out.append('%s = tuple(x for x in [%s] if x %% 2 == 0)' % (v, ', '.join(ys)))
    else:
        out.append('%s = tuple(sorted([%s]))[%d:]' % (v, ', '.join(ys), rng.randint(0, 2)))
    fixed = '(%s%s)' % (', '.join(ys), ',' if len(ys) == 1 else '')
    r = rng.random()
    if r < 0.3:
        out.append(pr('%s, len(%s), %s[::-1], %s + (%s,), %s * 2, %s in %s, %s.count(%s), hash(%s)' % (
            t, t, t, t, k, v, k, t, t, k, t)))
    elif r < 0.55:
        out.append(pr('%s == %s, %s < %s, %s <= %s, %s == %s, %s > %s, max(%s, %s)' % (
            t, v, t, v, v, fixed, tuple_of(ys), fixed, t, fixed, t, v)))
    elif r < 0.8:
        d = u.fresh('vd')
        out.append('%s = {%s: 1}' % (d, fixed))
        out.append('%s[%s] = 2' % (d, t))
        out.append('%s[%s] = 3' % (d, v))
        out.append(pr('len(%s), %s[%s], sorted(%s), sorted(set([%s, %s, %s]))' % (d, d, fixed, d, t, v, fixed)))
    else:
        a, b = u.fresh('va'), u.fresh('va')
        out.append(Block('try', ['%s, %s = %s' % (a, b, t), pr('%s, %s' % (a, b))]))
        out.append(Block('except ValueError', [pr(L.str_lit('ValueError'))]))
    sc.prints = True
    return True


def tuple_of(ys):
    return 'tuple([%s])' % ', '.join(ys)
