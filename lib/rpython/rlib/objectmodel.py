"""rpy's version of rpython.rlib.objectmodel: specialisation decorators,
we_are_translated, import_from_mixin, hashing helpers and r_dict.

Under the interpreter the decorators return the function unchanged (they
record what they ask for in an attribute, as PyPy's do); rpy applies their
meaning at translation time.
"""

from __future__ import absolute_import

import sys
import types


class _SpecializeAnnotation(object):
    """One specialize.X(...) call: a decorator that returns the function
    unchanged and remembers the request in func._annspecialcase_."""

    def __init__(self, tag):
        self.tag = tag

    def __call__(self, func):
        func._annspecialcase_ = self.tag
        return func


def _format_args(args):
    parts = []
    for a in args:
        parts.append(str(a))
    return ','.join(parts)


class _Specialize(object):
    """specialize.argtype(0), specialize.arg(1), specialize.memo()..."""

    def memo(self):
        return _SpecializeAnnotation('specialize:memo')

    def arg(self, *args):
        return _SpecializeAnnotation('specialize:arg(%s)' % _format_args(args))

    def arg_or_var(self, *args):
        return _SpecializeAnnotation('specialize:arg_or_var(%s)' % _format_args(args))

    def argtype(self, *args):
        return _SpecializeAnnotation('specialize:argtype(%s)' % _format_args(args))

    def arglistitemtype(self, *args):
        return _SpecializeAnnotation('specialize:arglistitemtype(%s)' % _format_args(args))

    def call_location(self):
        return _SpecializeAnnotation('specialize:call_location')

    def ll(self):
        return _SpecializeAnnotation('specialize:ll')

    def ll_and_arg(self, *args):
        return _SpecializeAnnotation('specialize:ll_and_arg(%s)' % _format_args(args))


specialize = _Specialize()


def we_are_translated():
    """False under the interpreter, True in a translated program."""
    return False


def we_are_translated_to_c():
    return False


def not_rpython(func):
    """The function is only called under the interpreter or at import time."""
    func._not_rpython_ = True
    return func


def always_inline(func):
    func._always_inline_ = True
    return func


def dont_inline(func):
    func._dont_inline_ = True
    return func


def try_inline(func):
    func._always_inline_ = 'try'
    return func


def enforceargs(*types_, **kwds):
    """Decorator declaring the argument types of a function.  Not checked
    under the interpreter."""
    def decorator(func):
        func._annenforceargs_ = types_
        return func
    return decorator


def signature(*paramtypes, **kwargs):
    def decorator(func):
        return func
    return decorator


def newlist_hint(sizehint=0):
    """An empty list that will grow to about sizehint items."""
    return []


def resizelist_hint(l, newsize):
    pass


def instantiate(cls, nonmovable=False):
    """An instance of cls whose __init__ was not called."""
    return cls.__new__(cls)


def keepalive_until_here(*values):
    pass


def compute_identity_hash(x):
    """A hash of the object's identity, stable for the object's lifetime."""
    return object.__hash__(x)


def compute_unique_id(x):
    return id(x)


def current_object_addr_as_int(x):
    return id(x)


def compute_hash(x):
    """The hash RPython gives x: by value for str, unicode, int, float and
    tuples of these; by identity for instances."""
    if x is None:
        return 0
    if isinstance(x, (str, int, float, tuple)):
        return hash(x)
    if isinstance(x, type(u'')) or isinstance(x, bytes):
        return hash(x)
    return compute_identity_hash(x)


def import_from_mixin(M, special_methods=['__init__', '__del__']):
    """Copy the methods and attributes of the mixin class M (and of the
    classes of its MRO, the first one giving a name winning) into the class
    whose body calls this.  Names with double underscores are copied only
    when listed in special_methods; the _immutable_fields_ of all of them
    are added to the class body's."""
    target = sys._getframe(1).f_locals
    copied = {}
    order = []
    immutable = []
    for c in M.__mro__:
        if c is object:
            continue
        for key in list(c.__dict__.keys()):
            if key in ('__dict__', '__module__', '__weakref__', '__doc__',
                       '__qualname__'):
                continue
            value = c.__dict__[key]
            if key == '_immutable_fields_':
                immutable.extend(value)
                continue
            if key.startswith('__') and key.endswith('__') and key not in special_methods:
                continue
            if key in copied:
                continue
            if isinstance(value, types.FunctionType):
                value = _copy_function(value)
            elif isinstance(value, staticmethod):
                value = staticmethod(_copy_function(value.__get__(42)))
            elif isinstance(value, classmethod):
                raise AssertionError("classmethods not supported in 'import_from_mixin'")
            copied[key] = value
            order.append(key)
    for key in order:
        if key in target:
            raise Exception("import_from_mixin: would overwrite the value "
                            "already defined locally for %r" % (key,))
        if key == '_mixin_':
            raise Exception("import_from_mixin(M): class M should not have '_mixin_ = True'")
        target[key] = copied[key]
    if immutable:
        target['_immutable_fields_'] = list(target.get('_immutable_fields_', [])) + immutable


def _copy_function(f):
    return types.FunctionType(f.__code__, f.__globals__, f.__name__, f.__defaults__, f.__closure__)


class Symbolic(object):
    """A value known only at translation time."""

    def annotation(self):
        return None

    def lltype(self):
        return None


class CDefinedIntSymbolic(Symbolic):
    def __init__(self, expr, default=0):
        self.expr = expr
        self.default = default


# ---------------------------------------------------------------- r_dict

class r_dict(object):
    """A dict whose keys are compared with key_eq(a, b) and hashed with
    key_hash(a).  Ordered by insertion, like every RPython dict."""

    def __init__(self, key_eq, key_hash, force_non_null=False, simple_hash_eq=False):
        self.key_eq = key_eq
        self.key_hash = key_hash
        self._clear_entries()

    def _clear_entries(self):
        self._keys = []
        self._values = []
        self._alive = []
        self._hashes = []
        self._index = {}        # hash -> list of entry positions
        self._count = 0

    def _find(self, key, h):
        positions = self._index.get(h)
        if positions is not None:
            for pos in positions:
                if self.key_eq(self._keys[pos], key):
                    return pos
        return -1

    def _compact(self):
        keys = self._keys
        values = self._values
        alive = self._alive
        hashes = self._hashes
        self._clear_entries()
        for i in range(len(keys)):
            if alive[i]:
                self._append(keys[i], values[i], hashes[i])

    def _append(self, key, value, h):
        pos = len(self._keys)
        self._keys.append(key)
        self._values.append(value)
        self._alive.append(True)
        self._hashes.append(h)
        positions = self._index.get(h)
        if positions is None:
            self._index[h] = [pos]
        else:
            positions.append(pos)
        self._count += 1

    def __getitem__(self, key):
        pos = self._find(key, self.key_hash(key))
        if pos < 0:
            raise KeyError(key)
        return self._values[pos]

    def __setitem__(self, key, value):
        h = self.key_hash(key)
        pos = self._find(key, h)
        if pos >= 0:
            self._values[pos] = value
        else:
            self._append(key, value, h)

    def __delitem__(self, key):
        h = self.key_hash(key)
        pos = self._find(key, h)
        if pos < 0:
            raise KeyError(key)
        self._index[h].remove(pos)
        if not self._index[h]:
            del self._index[h]
        self._alive[pos] = False
        self._keys[pos] = None
        self._values[pos] = None
        self._count -= 1
        if self._count * 2 < len(self._keys) and len(self._keys) > 8:
            self._compact()

    def __contains__(self, key):
        return self._find(key, self.key_hash(key)) >= 0

    def __len__(self):
        return self._count

    def __iter__(self):
        return iter(self.keys())

    def keys(self):
        result = []
        for i in range(len(self._keys)):
            if self._alive[i]:
                result.append(self._keys[i])
        return result

    def values(self):
        result = []
        for i in range(len(self._keys)):
            if self._alive[i]:
                result.append(self._values[i])
        return result

    def items(self):
        result = []
        for i in range(len(self._keys)):
            if self._alive[i]:
                result.append((self._keys[i], self._values[i]))
        return result

    def iterkeys(self):
        return iter(self.keys())

    def itervalues(self):
        return iter(self.values())

    def iteritems(self):
        return iter(self.items())

    def get(self, key, default=None):
        pos = self._find(key, self.key_hash(key))
        if pos < 0:
            return default
        return self._values[pos]

    def setdefault(self, key, default=None):
        h = self.key_hash(key)
        pos = self._find(key, h)
        if pos >= 0:
            return self._values[pos]
        self._append(key, default, h)
        return default

    def pop(self, key, *default):
        pos = self._find(key, self.key_hash(key))
        if pos < 0:
            if default:
                return default[0]
            raise KeyError(key)
        value = self._values[pos]
        del self[key]
        return value

    def popitem(self):
        for i in range(len(self._keys) - 1, -1, -1):
            if self._alive[i]:
                key = self._keys[i]
                value = self._values[i]
                del self[key]
                return (key, value)
        raise KeyError('popitem(): dictionary is empty')

    def update(self, other):
        for key in other.keys():
            self[key] = other[key]

    def copy(self):
        result = self.__class__(self.key_eq, self.key_hash)
        for key, value in self.items():
            result[key] = value
        return result

    def clear(self):
        self._clear_entries()

    def __repr__(self):
        parts = []
        for key, value in self.items():
            parts.append('%r: %r' % (key, value))
        return 'r_dict({%s})' % ', '.join(parts)


class r_ordereddict(r_dict):
    """An r_dict; every RPython dict is ordered already."""


class _UnboxedValueType(type):
    """Gives each class built on UnboxedValue its constructor and get_untagged_value(), both
    reading or writing the one field its __slots__ names (as constant attribute names, so that
    they translate)."""

    def __init__(cls, name, bases, namespace):
        type.__init__(cls, name, bases, namespace)
        slots = namespace.get('__slots__')
        if name == 'UnboxedValue' or slots is None:
            return
        if isinstance(slots, str):
            slots = [slots]
        if len(slots) != 1:
            raise TypeError('%s: an UnboxedValue class has exactly one field in __slots__' % name)
        if '__init__' in namespace:
            raise TypeError('%s: an UnboxedValue class takes its constructor from UnboxedValue' % name)
        source = ('def __init__(self, value):\n'
                  '    if value < -4611686018427387904 or value > 4611686018427387903:\n'
                  '        raise OverflowError("UnboxedValue: argument out of range")\n'
                  '    self.%(f)s = value\n'
                  'def get_untagged_value(self):\n'
                  '    return self.%(f)s\n') % {'f': slots[0]}
        methods = {}
        exec(source, methods)
        cls.__init__ = methods['__init__']
        cls.get_untagged_value = methods['get_untagged_value']


class UnboxedValue(object):
    """A mixin for classes with exactly one field, an int, named by __slots__: RPython may store
    such objects as tagged pointers; here they are ordinary objects with that field. Construct
    them with the value: W_Int(5). Values outside 63 bits raise OverflowError, as in RPython."""
    __metaclass__ = _UnboxedValueType
    _mixin_ = True
    __slots__ = ()
