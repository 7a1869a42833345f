"""rpy's enum: Python 3.11's Enum, IntEnum, StrEnum, auto and unique.

As CPython's module does, a metaclass (EnumType, also named EnumMeta) turns the class body's
plain attributes into the members while the class statement runs: each member is an instance of
the class, made once, with `_name_` and `_value_`; a value seen before makes an alias of the first
member. The metaclass gives the class itself its protocols: `Color(2)` (the member of that value),
`Color['RED']`, `for c in Color` (definition order, aliases left out), `len(Color)`, `c in Color`,
`reversed(Color)`, `Color.__members__`; the functional form `Enum('Color', 'RED GREEN')` too.

What differs from CPython's module, all of it at the edges:
- Flag and IntFlag: Python 3.11.2's boundaries (the interpreter rpy compares with): a Flag drops
  the bits beyond its members, an IntFlag keeps them (a translated program allocates such a
  pseudo-member with objectmodel.instantiate, once per value); no `_ignore_`, no
  `__set_name__` on values, no `_missing_` beyond returning None, and the class's own `__new__`
  is not used to build the members (`__init__` is: a tuple value is spread over its parameters);
- reassigning or deleting a member through the class is not refused;
- `__members__` is a read-only view of the class's member dict (its repr is a dict's);
- Python 2 has no enum module (it came with Python 3.4), so a Python 2 program's import fails
  as under python2.7.
"""

import sys
import types

from rpython.rlib.objectmodel import instantiate, we_are_translated

if sys.version_info[0] < 3:
    raise ImportError("No module named enum")

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "ReprEnum", "Flag", "IntFlag", "auto",
           "unique", "STRICT", "KEEP"]

STRICT = "strict"
KEEP = "keep"


class _AutoNull(object):
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


class auto(object):
    """A member's value computed from the ones before it (_generate_next_value_)."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)

    # `WHITE = RED | GREEN` in a class body, where RED and GREEN are auto(): python3 has given
    # them their values already; here the metaclass computes the combination after them.
    def __or__(self, other):
        return _AutoOp(self, other, "|")

    def __and__(self, other):
        return _AutoOp(self, other, "&")

    def __xor__(self, other):
        return _AutoOp(self, other, "^")

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class _AutoOp(auto):
    def __init__(self, left, right, op):
        auto.__init__(self)
        self.left = left
        self.right = right
        self.op = op

    def resolve(self):
        a = self.left.resolve() if isinstance(self.left, _AutoOp) else self.left.value if isinstance(self.left, auto) else self.left
        b = self.right.resolve() if isinstance(self.right, _AutoOp) else self.right.value if isinstance(self.right, auto) else self.right
        return a | b if self.op == "|" else a & b if self.op == "&" else a ^ b


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_descriptor(obj):
    if isinstance(obj, (classmethod, staticmethod, property)) or callable(obj) and hasattr(obj, "__code__"):
        return True
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


def _per_class(func):
    """Translated code: one copy of func per enum class (its first argument, a constant class)."""
    func._annspecialcase_ = "specialize:arg(0)"
    return func


# The methods of this module's classes that read a member's `_name_` or `_value_`: an enum class
# with members gets its own copies, so that in translated code each enum keeps its own attribute
# types (a method of the base reads the attribute of the base, which would merge every enum's).
_PER_CLASS = ("__repr__", "__str__", "__format__", "__hash__", "name", "value", "__or__", "__and__", "__xor__",
              "__ror__", "__rand__", "__rxor__", "__invert__", "__contains__", "__iter__", "__len__", "__bool__",
              "_missing_", "_keep_member_", "_lookup", "_other_value", "_with_other_bits")
_library_classes = []


def _copy_function(f):
    return types.FunctionType(f.__code__, f.__globals__, f.__name__, f.__defaults__, f.__closure__)


def _own_copies(enum_class):
    for attr in _PER_CLASS:
        if attr in enum_class.__dict__:
            continue
        for klass in enum_class.__mro__:
            if attr in klass.__dict__:
                if klass in _library_classes:
                    v = klass.__dict__[attr]
                    if isinstance(v, property):
                        v = property(_copy_function(v.fget))
                    elif isinstance(v, types.FunctionType):
                        marked = getattr(v, "_not_rpython_", False)
                        v = _copy_function(v)
                        if marked:
                            v._not_rpython_ = True
                    type.__setattr__(enum_class, attr, v)
                break


class _MembersView(object):
    """EnumType.__members__: the names (aliases too) and their members, read-only."""

    def __init__(self, d):
        self._d = d

    def __getitem__(self, key):
        return self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __contains__(self, key):
        return key in self._d

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, key, default=None):
        return self._d.get(key, default)

    def __repr__(self):
        return "mappingproxy(%r)" % (self._d,)

    def __str__(self):
        return str(self._d)


def _mixin_type(bases):
    """The builtin type the members derive from (int for IntEnum, str for StrEnum), or None."""
    for base in bases:
        for klass in base.__mro__:
            if klass in (int, str, float):
                return klass
    return None


class EnumType(type):
    """The metaclass of every enum: makes the members and gives the class its protocols."""

    def __new__(metacls, cls, bases, classdict, boundary=None, _simple=False, **kwds):
        members = []
        body = {}
        gen_next = None
        for base in bases:
            for klass in base.__mro__:
                if "_generate_next_value_" in klass.__dict__ and gen_next is None:
                    gen_next = klass.__dict__["_generate_next_value_"]
        if "_generate_next_value_" in classdict:
            gen_next = classdict["_generate_next_value_"]
            if isinstance(gen_next, staticmethod):
                gen_next = gen_next.__func__
        last_values = []
        for key in list(classdict.keys()):
            value = classdict[key]
            if _is_dunder(key) or _is_sunder(key) or _is_descriptor(value):
                body[key] = value
                continue
            for base in bases:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("%s: cannot extend enumeration %r" % (cls, base.__name__))
            if isinstance(value, _AutoOp):
                value.value = value.resolve()
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gen_next(key, 1, len(members), last_values[:])
                value = value.value
            elif isinstance(value, tuple):
                value = tuple(v.value if isinstance(v, auto) else v for v in value)
            members.append((key, value))
            last_values.append(value)
        body["_member_names_"] = []
        body["_member_map_"] = {}
        body["_value2member_map_"] = {}
        enum_class = type.__new__(metacls, cls, bases, body, **kwds)
        mixin = _mixin_type(bases)
        is_flag = any(getattr(b, "_is_flag_", False) for b in bases)
        init = None
        for klass in enum_class.__mro__:
            if "__init__" in klass.__dict__:
                init = klass.__dict__["__init__"]
                break
        for name, value in members:
            args = value if isinstance(value, tuple) else (value,)
            if mixin is None:
                member = object.__new__(enum_class)
            else:
                if mixin is str and isinstance(value, str) is False and issubclass(enum_class, StrEnum):
                    raise TypeError("%r is not a string" % (value,))
                member = mixin.__new__(enum_class, *args)
                if not isinstance(value, tuple) or len(args) != 1:
                    value = mixin(*args)
            member._value_ = value
            member._name_ = name
            member.__objclass__ = enum_class
            if init is not None and init is not Enum.__dict__["__init__"]:
                init(member, *args)
            canonical = None
            for other in enum_class._member_names_:
                m = enum_class._member_map_[other]
                if m._value_ == value:
                    canonical = m
                    break
            if canonical is None:
                if not is_flag or _single_bit(value):
                    enum_class._member_names_.append(name)
                canonical = member
            enum_class._member_map_[name] = canonical
            try:
                enum_class._value2member_map_.setdefault(value, canonical)
            except TypeError:
                pass
            type.__setattr__(enum_class, name, canonical)
        if is_flag:
            mask = 0
            for name, value in members:
                if not isinstance(value, int):
                    raise TypeError("%s: a Flag's values must be ints (%r)" % (cls, value))
                mask |= value
            enum_class._flag_mask_ = mask
            enum_class._members_ = [enum_class._member_map_[n] for n in enum_class._member_names_]
            # Every value the members' bits make has its member, made now: in translated code
            # |, &, ^ and ~ look them up (a program's binary makes no new instance of the class).
            if len(enum_class._members_) > 12:
                raise NotImplementedError("rpy: enum: a Flag with more than 12 single-bit members is not supported")
            bits = [m._value_ for m in enum_class._members_]
            for combo in range(1 << len(bits)):
                v = 0
                for i in range(len(bits)):
                    if combo >> i & 1:
                        v |= bits[i]
                if v not in enum_class._value2member_map_:
                    enum_class._pseudo_member_(v)
            if boundary is None:
                boundary = classdict.get("_boundary_")
            if boundary is None:
                for base in bases:
                    boundary = getattr(base, "_boundary_", None) or boundary
            enum_class._boundary_ = boundary or STRICT
            enum_class._keeps_bits_ = enum_class._boundary_ == KEEP
        if members:
            _own_copies(enum_class)
        return enum_class

    @_per_class
    def __call__(cls, value, names=None, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return Enum.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        classdict = {}
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            last_values = []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                classdict[name] = value
        else:
            items = names.items() if isinstance(names, dict) else names
            for name, value in items:
                classdict[name] = value
        return EnumType(class_name, bases, classdict)

    @_per_class
    def __getitem__(cls, name):
        return cls._member_map_[name]

    @_per_class
    def __iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    @_per_class
    def __reversed__(cls):
        return iter([cls._member_map_[name] for name in reversed(cls._member_names_)])

    @_per_class
    def __len__(cls):
        return len(cls._member_names_)

    @_per_class
    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and 'EnumType'" % (type(member).__name__,))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __bool__(cls):
        return True

    def __repr__(cls):
        return "<enum %r>" % (cls.__name__,)

    @property
    def __members__(cls):
        return _MembersView(cls._member_map_)


EnumMeta = EnumType


class Enum(object, metaclass=EnumType):
    """The base of enumerations: members are its subclasses' instances, one per value."""

    @_per_class
    def __new__(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for name in cls._member_names_:
            member = cls._member_map_[name]
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        raise ValueError("%r is not a valid %s" % (value, cls.__name__))

    def __init__(self, *args):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    @_per_class
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Only repr() is the enum's: str() and format() are the mixed-in type's."""


class IntEnum(int, ReprEnum):
    """Members are ints too."""

    def __repr__(self):
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, repr(self._value_))

    def __str__(self):
        return repr(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    # int comes before Enum in IntEnum's MRO, so a member hashes as its int (CPython:
    # hash(Color.RED) == hash(1)), which orders a set of members as a set of their ints.
    def __hash__(self):
        return hash(self._value_)


class StrEnum(str, ReprEnum):
    """Members are strs too; auto() gives the lowercased name."""

    def __repr__(self):
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, str.__repr__(self))

    def __str__(self):
        return str.__str__(self)

    def __format__(self, spec):
        return str.__format__(self, spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _not_translated(func):
    """IntFlag's values with bits beyond its members: made at import time only (translated code
    that may make one is refused, naming the function)."""
    func._not_rpython_ = True
    return func


def _operand_error(member, other, op, reflected):
    """Python's TypeError for `member | other` (or `other | member`) when neither operand takes
    the other."""
    a = type(member).__name__
    b = type(other).__name__
    if reflected:
        a, b = b, a
    return TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (op, a, b))


def _single_bit(value):
    return value > 0 and value & (value - 1) == 0


class Flag(Enum):
    """Members whose values are bits: |, &, ^ and ~ make the members of the other values
    (pseudo-members, made once per value), `in` tests the bits, iteration gives the single-bit
    members a value holds."""

    _is_flag_ = True
    _boundary_ = STRICT
    _keeps_bits_ = False
    _flag_mask_ = 0
    _members_ = []

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = 0
        for v in last_values:
            high = max(high, v)
        n = 0
        while high >> n:
            n += 1
        return 1 << n

    @classmethod
    @_per_class
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__name__))
        if cls._keeps_bits_ and value >= 0:
            return cls._keep_member_(value)
        # Python 3.11.2's boundary: the bits beyond the members are dropped (a negative value is
        # its two's complement); every value within the mask has its member, made with the class.
        return cls._value2member_map_[value & cls._flag_mask_]

    @classmethod
    @_not_translated
    def _keep_member_(cls, value):
        return cls._pseudo_member_(value)

    @classmethod
    def _bits_name_(cls, value):
        """The name of the pseudo-member of value: its members' names joined with '|', then the
        bits beyond them as a number (`A|C`, `A|16`), None when no member's bits are set."""
        names = []
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ & value == m._value_:
                names.append(m._name_)
        extra = value & ~cls._flag_mask_
        if extra and names:
            names.append("%d" % extra)
        if names:
            return "|".join(names)
        return None

    @classmethod
    def _pseudo_member_(cls, value):
        if _mixin_type(cls.__bases__) is int:
            member = int.__new__(cls, value)
        else:
            member = object.__new__(cls)
        member._value_ = value
        member._name_ = cls._bits_name_(value)
        cls._value2member_map_[value] = member
        return member

    def _other_value(self, other, op, reflected):
        if isinstance(other, Flag) and other.__class__ is self.__class__:
            return other._value_
        raise _operand_error(self, other, op, reflected)

    def _lookup(self, value):
        return self._value2member_map_[value]

    def __or__(self, other):
        return self._lookup(self._value_ | self._other_value(other, "|", False))

    def __and__(self, other):
        return self._lookup(self._value_ & self._other_value(other, "&", False))

    def __xor__(self, other):
        return self._lookup(self._value_ ^ self._other_value(other, "^", False))

    def __ror__(self, other):
        return self._lookup(self._value_ | self._other_value(other, "|", True))

    def __rand__(self, other):
        return self._lookup(self._value_ & self._other_value(other, "&", True))

    def __rxor__(self, other):
        return self._lookup(self._value_ ^ self._other_value(other, "^", True))

    def __invert__(self):
        return self._lookup(self._flag_mask_ ^ self._value_ & self._flag_mask_)

    def __contains__(self, other):
        if not isinstance(other, Flag) or other.__class__ is not self.__class__:
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'" % (
                type(other).__name__, self.__class__.__name__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter([m for m in self._members_ if m._value_ & self._value_ == m._value_])

    def __len__(self):
        n = 0
        for m in self:
            n += 1
        return n

    def __bool__(self):
        return self._value_ != 0

    def __repr__(self):
        if self._name_ is None:
            return "<%s: %r>" % (self.__class__.__name__, self._value_)
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)


class IntFlag(int, Flag):
    """Flags that are ints too: bits beyond the members are kept (shown as a number)."""

    _boundary_ = KEEP

    def _lookup(self, value):
        if value in self._value2member_map_:
            return self._value2member_map_[value]
        return self._with_other_bits(value)

    def _with_other_bits(self, value):
        # IP.A | 8 is the pseudo-member <IP.A|8: 9>, made once per value as IP(9) makes it; a
        # translated program makes no instance through the class's __new__, so it allocates one
        # and gives it the value and name (its int is its _value_ in translated code).
        if not we_are_translated():
            return self.__class__(value)
        if value < 0:  # Python 3.11.2: a negative value keeps the members' bits only
            return self._value2member_map_[value & self._flag_mask_]
        member = instantiate(self.__class__)
        member._value_ = value
        member._name_ = self._bits_name_(value)
        self._value2member_map_[value] = member
        return member

    def _other_value(self, other, op, reflected):
        if isinstance(other, Flag) and other.__class__ is self.__class__:
            return other._value_
        if isinstance(other, int):
            return other
        raise _operand_error(self, other, op, reflected)

    # int comes before Flag in IntFlag's MRO: a member hashes as its int (hash(IP.A) == 1)
    def __hash__(self):
        return hash(self._value_)

    def __repr__(self):
        if self._name_ is None:
            return "<%s: %r>" % (self.__class__.__name__, self._value_)
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return repr(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    # Flag's operators, not int's (int comes first in the bases)
    __or__ = Flag.__dict__["__or__"]
    __and__ = Flag.__dict__["__and__"]
    __xor__ = Flag.__dict__["__xor__"]
    __ror__ = Flag.__dict__["__ror__"]
    __rand__ = Flag.__dict__["__rand__"]
    __rxor__ = Flag.__dict__["__rxor__"]
    __invert__ = Flag.__dict__["__invert__"]
    __contains__ = Flag.__dict__["__contains__"]
    __iter__ = Flag.__dict__["__iter__"]
    __len__ = Flag.__dict__["__len__"]
    __bool__ = Flag.__dict__["__bool__"]


_library_classes.extend([Enum, ReprEnum, IntEnum, StrEnum, Flag, IntFlag])


def unique(enumeration):
    """Refuses an enumeration with aliases (two names for one value)."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ", ".join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration
