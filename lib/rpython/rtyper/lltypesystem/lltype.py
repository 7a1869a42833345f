"""rpy's version of rpython.rtyper.lltypesystem.lltype: the low-level types, as names.

The primitive types (Signed, Unsigned, Char, Bool, Float, ...) have a meaning in rpy: the
first argument of cast_primitive() and rffi.cast(), the result type of an llop.  The container
types (Struct, GcStruct, Array, Ptr, ...) can be built at import time, as names for hints; rpy
has no low-level memory, so malloc() and the other operations on them are refused when
translated (and raise NotImplementedError under the interpreter)."""

from rpython.rlib import rarithmetic
from rpython.rlib.rarithmetic import r_uint, r_longlong, r_ulonglong, r_longlonglong, r_singlefloat, intmask

try:
    _unichr = unichr
except NameError:
    _unichr = chr


class LowLevelType(object):
    """A low-level type: compared by identity, shown by its name."""

    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return '<%s>' % (self._name,)

    def __str__(self):
        return self._name

    def _defl(self, parent=None, parentindex=None):
        raise NotImplementedError("rpy: no default value for %s" % (self._name,))

    def _is_varsize(self):
        return False


class Primitive(LowLevelType):
    def __init__(self, name, default):
        LowLevelType.__init__(self, name)
        self._default = default

    def _defl(self, parent=None, parentindex=None):
        return self._default


class Number(Primitive):
    """An integer type: _type is int or one of rarithmetic's sized classes."""

    def __init__(self, name, type):
        Primitive.__init__(self, name, 0)
        self._type = type

    def _defl(self, parent=None, parentindex=None):
        return self._type(0)


Signed = Number("Signed", int)
Unsigned = Number("Unsigned", r_uint)
SignedLongLong = Number("SignedLongLong", r_longlong)
SignedLongLongLong = Number("SignedLongLongLong", r_longlonglong)
UnsignedLongLong = Number("UnsignedLongLong", r_ulonglong)
Float = Primitive("Float", 0.0)
SingleFloat = Primitive("SingleFloat", 0.0)
LongFloat = Primitive("LongFloat", 0.0)
Char = Primitive("Char", '\x00')
Bool = Primitive("Bool", False)
Void = Primitive("Void", None)
UniChar = Primitive("UniChar", u'\x00')

_numbers = {}


def build_number(name, type):
    """The Number type of an integer class (one per class)."""
    if type is int:
        return Signed
    for n in (Unsigned, SignedLongLong, SignedLongLongLong):
        if n._type is type:
            return n
    key = (type.SIGNED, type.BITS)
    if key not in _numbers:
        _numbers[key] = Number(name or type.__name__, type)
    return _numbers[key]


class ContainerType(LowLevelType):
    """Struct, Array, FuncType, OpaqueType...: names only in rpy."""

    def __init__(self, name, *fields, **kwds):
        LowLevelType.__init__(self, name)
        self._fields = fields
        self._kwds = kwds


class Struct(ContainerType):
    def __init__(self, name, *fields, **kwds):
        ContainerType.__init__(self, name, *fields, **kwds)
        self._names = tuple([f[0] for f in fields])
        self._flds = dict(fields)

    def __getattr__(self, name):
        try:
            return self.__dict__['_flds'][name]
        except KeyError:
            raise AttributeError(name)


class GcStruct(Struct):
    pass


class Array(ContainerType):
    def __init__(self, *fields, **kwds):
        ContainerType.__init__(self, 'Array', *fields, **kwds)
        self.OF = fields[0] if len(fields) == 1 else Struct('<arrayitem>', *fields)


class GcArray(Array):
    pass


class FixedSizeArray(Struct):
    def __init__(self, OF, length, **kwds):
        Struct.__init__(self, 'FixedSizeArray')
        self.OF = OF
        self.length = length


class FuncType(ContainerType):
    def __init__(self, args, result):
        ContainerType.__init__(self, 'Func')
        self.ARGS = tuple(args)
        self.RESULT = result


class OpaqueType(ContainerType):
    def __init__(self, tag, hints={}):
        ContainerType.__init__(self, tag)
        self.tag = tag
        self.hints = hints


class GcOpaqueType(OpaqueType):
    pass


class ForwardReference(ContainerType):
    def __init__(self):
        ContainerType.__init__(self, 'ForwardReference')
        self.TYPE = None

    def become(self, realcontainertype):
        self.TYPE = realcontainertype


class GcForwardReference(ForwardReference):
    pass


class Ptr(LowLevelType):
    def __init__(self, TO, use_cache=True):
        LowLevelType.__init__(self, 'Ptr %s' % (getattr(TO, '_name', TO),))
        self.TO = TO


class Typedef(LowLevelType):
    def __init__(self, OF, c_name):
        LowLevelType.__init__(self, c_name)
        self.OF = OF


def cast_primitive(TGT, value):
    """value as a value of the primitive type TGT: integer types wrap to their width, Char
    keeps the low 8 bits, floats truncate towards zero when made integers."""
    if isinstance(value, r_singlefloat):
        value = float(value)
    if TGT is Float or TGT is LongFloat:
        if isinstance(value, str) or isinstance(value, type(u'')):
            value = ord(value)
        return float(value)
    if TGT is SingleFloat:
        return r_singlefloat(float(value))
    if TGT is Bool:
        return bool(value)
    if TGT is Void:
        return None
    if isinstance(value, str) or isinstance(value, type(u'')):
        value = ord(value)
    if isinstance(value, float):
        value = int(value)
    value = int(value)
    if TGT is Char:
        return chr(value & 0xFF)
    if TGT is UniChar:
        return _unichr(value)
    if isinstance(TGT, Number):
        if TGT._type is int:
            return intmask(value)
        return TGT._type(value)
    raise TypeError("rpy: cast_primitive() to %s" % (TGT,))


def typeOf(value):
    """The low-level type of a primitive value."""
    if isinstance(value, bool):
        return Bool
    if isinstance(value, rarithmetic._FixedInt):
        return build_number(None, value.__class__)
    if isinstance(value, int):
        return Signed
    if isinstance(value, float):
        return Float
    if isinstance(value, r_singlefloat):
        return SingleFloat
    if isinstance(value, str) and len(value) == 1:
        return Char
    if isinstance(value, type(u'')) and len(value) == 1:
        return UniChar
    if value is None:
        return Void
    raise TypeError("rpy: typeOf(%r): not a primitive value" % (value,))


def _no_memory(what):
    raise NotImplementedError("rpy: lltype.%s() has no meaning in rpy (no low-level memory)" % (what,))


def malloc(T, n=None, flavor='gc', immortal=False, zero=False, track_allocation=True, add_memory_pressure=False, nonmovable=False):
    _no_memory('malloc')


def free(p, flavor, track_allocation=True):
    _no_memory('free')


def nullptr(T):
    _no_memory('nullptr')


def cast_pointer(PTRTYPE, ptr):
    _no_memory('cast_pointer')


def cast_opaque_ptr(PTRTYPE, ptr):
    _no_memory('cast_opaque_ptr')


def direct_arrayitems(arrayptr):
    _no_memory('direct_arrayitems')


def functionptr(TYPE, name, **attrs):
    _no_memory('functionptr')


def scoped_alloc(T, n=None, zero=False):
    _no_memory('scoped_alloc')
