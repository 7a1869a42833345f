"""The generator's type model: RPython's types, plus the value interval of every int and float.

Two types are the same RPython type when `same(a, b)` holds; intervals are part of container
types (a list of ints in [0, 9] never flows into a list of ints in [-100, 100]), so that every
value read from a variable, attribute or container lies in its declared interval, and no
arithmetic of the generated program can overflow a machine word unless it is wrapped on purpose
(intmask) or checked (ovfcheck).
"""

MININT = -(1 << 63)
MAXINT = (1 << 63) - 1


class Ty(object):
    kind = '?'
    nullable = False

    def key(self):
        raise NotImplementedError

    def __eq__(self, other):
        return isinstance(other, Ty) and self.key() == other.key()

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self.key())

    def __repr__(self):
        return '<%s>' % (self.key(),)

    def with_null(self, nullable):
        raise TypeError('%s is never nullable' % self.kind)


class Int(Ty):
    kind = 'int'

    def __init__(self, lo, hi):
        assert MININT <= lo <= hi <= MAXINT, (lo, hi)
        self.lo, self.hi = lo, hi

    def key(self):
        return ('int', self.lo, self.hi)

    def contains(self, lo, hi):
        return self.lo <= lo and hi <= self.hi


class Bool(Ty):
    kind = 'bool'

    def key(self):
        return ('bool',)


class Float(Ty):
    kind = 'float'

    def __init__(self, lo, hi):
        self.lo, self.hi = float(lo), float(hi)

    def key(self):
        return ('float', self.lo, self.hi)

    def contains(self, lo, hi):
        return self.lo <= lo and hi <= self.hi


class Str(Ty):
    kind = 'str'

    def __init__(self, nullable=False):
        self.nullable = nullable

    def key(self):
        return ('str', self.nullable)

    def with_null(self, nullable):
        return Str(nullable)


class List(Ty):
    kind = 'list'

    def __init__(self, elem, nullable=False):
        self.elem, self.nullable = elem, nullable

    def key(self):
        return ('list', self.elem.key(), self.nullable)

    def with_null(self, nullable):
        return List(self.elem, nullable)


class Dict(Ty):
    kind = 'dict'

    def __init__(self, k, v, nullable=False):
        self.k, self.v, self.nullable = k, v, nullable

    def key(self):
        return ('dict', self.k.key(), self.v.key(), self.nullable)

    def with_null(self, nullable):
        return Dict(self.k, self.v, nullable)


class Set(Ty):
    kind = 'set'

    def __init__(self, elem):
        self.elem = elem

    def key(self):
        return ('set', self.elem.key())


class Tuple(Ty):
    kind = 'tuple'

    def __init__(self, items):
        self.items = tuple(items)

    def key(self):
        return ('tuple',) + tuple(t.key() for t in self.items)


class Inst(Ty):
    """An instance of a generated class (`cls` is a gen.classes.ClassInfo)."""
    kind = 'inst'

    def __init__(self, cls, nullable=False):
        self.cls, self.nullable = cls, nullable

    def key(self):
        return ('inst', self.cls.name, self.nullable)

    def with_null(self, nullable):
        return Inst(self.cls, nullable)


def non_null(t):
    return t.with_null(False) if t.nullable else t


def assignable(value, target):
    """Can a value of type `value` be stored where `target` is declared, as it is?"""
    if value.kind != target.kind:
        return False
    if value.kind in ('int', 'float'):
        return target.contains(value.lo, value.hi)
    if value.nullable and not target.nullable:
        return False
    if value.kind == 'inst':
        return value.cls.is_subclass_of(target.cls)
    return non_null(value) == non_null(target)


def clamp_int(lo, hi):
    return max(lo, MININT), min(hi, MAXINT)


def fits_word(lo, hi):
    return MININT <= lo and hi <= MAXINT


def is_hashable_key(t):
    return t.kind in ('int', 'str', 'bool') or (t.kind == 'tuple' and all(
        is_hashable_key(i) for i in t.items))


def printable(t, opts, dialect):
    """Can `print` show a value of this type the same way in rpy and the interpreter?"""
    k = t.kind
    if k in ('int', 'bool', 'str'):
        return True
    if k == 'float':
        return True
    if k == 'inst':
        return t.cls.has_str
    if k == 'list':
        return printable(t.elem, opts, dialect) and t.elem.kind != 'inst'
    if k == 'tuple':
        return all(printable(i, opts, dialect) and i.kind != 'inst' for i in t.items)
    if k == 'dict':
        return (dialect == 3 or opts.on('py2_dict_order')) and printable(t.k, opts, dialect) \
            and printable(t.v, opts, dialect) and t.v.kind != 'inst'
    if k == 'set':
        return set_order_ok(t, opts, dialect)
    return False


def set_order_ok(t, opts, dialect):
    """Is the iteration order of this set the same in rpy and the interpreter? (Python 3's str
    hashes are randomized per process, so only sets of ints qualify.)"""
    return t.elem.kind == 'int' and (dialect == 3 or opts.on('py2_set_repr'))
