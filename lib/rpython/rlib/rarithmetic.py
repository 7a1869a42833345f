"""rpy's version of rpython.rlib.rarithmetic: machine-word integers.

A translated RPython int is a signed 64-bit word whose + - * wrap silently.
Under the interpreter ints are unbounded, so programs say where wrapping
matters: intmask(x) wraps to a signed word, r_uint is an unsigned word whose
arithmetic wraps modulo 2**64, ovfcheck(x) raises OverflowError when x does not
fit in a signed word.
"""

import math

try:
    _base_int = long            # Python 2: values up to 2**64 need a long
except NameError:
    _base_int = int

LONG_BIT = 64
LONGLONG_BIT = 64
LONG_MASK = (1 << LONG_BIT) - 1
LONG_TEST = 1 << (LONG_BIT - 1)
maxint = (1 << (LONG_BIT - 1)) - 1
minint = -maxint - 1
LONGLONG_MASK = LONG_MASK
LONGLONG_TEST = LONG_TEST
SHRT_MIN = -32768
SHRT_MAX = 32767
USHRT_MAX = 65535
INT_MIN = -2147483648
INT_MAX = 2147483647
UINT_MAX = 4294967295


def _wrap(value, bits, signed):
    """value reduced modulo 2**bits, as a signed or unsigned Python int."""
    value = int(value) & ((1 << bits) - 1)
    if signed and value >= (1 << (bits - 1)):
        value -= 1 << bits
    return value


def intmask(n):
    """n wrapped to a signed 64-bit word, as a plain int (floats truncate)."""
    if isinstance(n, float):
        n = int(n)
    return int(_wrap(n, LONG_BIT, True))


def longlongmask(n):
    return r_longlong(n)


def is_valid_int(r):
    """True for an int (not a bool) that fits in a signed word."""
    if isinstance(r, bool):
        return False
    if not isinstance(r, (int, _base_int)):
        return False
    return minint <= r <= maxint


def ovfcheck(r):
    """r, unless it does not fit in a signed word: then OverflowError.
    Used as ovfcheck(a + b), ovfcheck(a * b)..."""
    if isinstance(r, _FixedInt):
        raise TypeError("ovfcheck() on a wrapping integer type")
    if r < minint or r > maxint:
        raise OverflowError("signed integer expression did overflow")
    return int(r)


def ovfcheck_float_to_int(x):
    """int(x) for a float x, or OverflowError if it does not fit in a word."""
    if math.isnan(x) or math.isinf(x):
        raise OverflowError("float out of range for an integer")
    x = math.floor(x) if x >= 0 else math.ceil(x)
    if x < -9223372036854775808.0 or x >= 9223372036854775808.0:
        raise OverflowError("float out of range for an integer")
    return int(x)


def int_between(n, m, p):
    """n <= m < p"""
    return n <= m < p


def int_force_ge_zero(n):
    if n < 0:
        return 0
    return n


def widen(n):
    """n as a full machine word: a sized int narrower than a word (or a signed
    one of a word's width) becomes a plain int; int and r_uint stay as they are.
    Translated RPython does no arithmetic on the narrow types: widen first."""
    if isinstance(n, bool):
        return int(n)
    if isinstance(n, _FixedInt) and (n.BITS < LONG_BIT or n.SIGNED):
        return int(_base_int(n))
    return n


def most_pos_value_of(tp):
    if tp is int:
        return maxint
    if tp.SIGNED:
        return tp((1 << (tp.BITS - 1)) - 1)
    return tp((1 << tp.BITS) - 1)


def most_neg_value_of(tp):
    if tp is int:
        return minint
    if tp.SIGNED:
        return tp(-(1 << (tp.BITS - 1)))
    return tp(0)


def compute_restype(self_type, other_type):
    """The type of `a op b` for integer operands of these types (RPython's
    rule): a sized type wins over int and bool; of two sized types of one
    signedness, the wider; two of different signedness do not mix."""
    if self_type is other_type:
        if self_type is bool:
            return int
        return self_type
    if other_type in (bool, int, _base_int):
        if self_type is bool:
            return int
        return self_type
    if self_type in (bool, int, _base_int):
        return other_type
    if self_type.SIGNED == other_type.SIGNED:
        return build_int(None, self_type.SIGNED, max(self_type.BITS, other_type.BITS))
    raise TypeError("Merging these types (%s, %s) is not supported"
                    % (self_type.__name__, other_type.__name__))


# ---------------------------------------------------------------- fixed-width ints

class _FixedInt(_base_int):
    """Base of the wrapping integer classes.  BITS and SIGNED are set by each
    subclass; every arithmetic result is wrapped to that width, as translated
    RPython does (its interpreter version raises OverflowError for signed
    types instead; rpy keeps the translated meaning, RPYTHON.md section 5).
    The type of a result follows compute_restype()."""

    BITS = 64
    SIGNED = True

    def __new__(cls, value=0):
        if isinstance(value, float):
            value = int(value)
        return _base_int.__new__(cls, _wrap(value, cls.BITS, cls.SIGNED))

    def _result_type(self, other):
        if isinstance(other, _FixedInt):
            return compute_restype(self.__class__, other.__class__)
        return self.__class__

    def __add__(self, other):
        if isinstance(other, float):
            return float(self) + other
        return self._result_type(other)(_base_int(self) + _base_int(other))

    def __radd__(self, other):
        if isinstance(other, float):
            return other + float(self)
        return self._result_type(other)(_base_int(other) + _base_int(self))

    def __sub__(self, other):
        if isinstance(other, float):
            return float(self) - other
        return self._result_type(other)(_base_int(self) - _base_int(other))

    def __rsub__(self, other):
        if isinstance(other, float):
            return other - float(self)
        return self._result_type(other)(_base_int(other) - _base_int(self))

    def __mul__(self, other):
        if isinstance(other, float):
            return float(self) * other
        return self._result_type(other)(_base_int(self) * _base_int(other))

    def __rmul__(self, other):
        if isinstance(other, float):
            return other * float(self)
        return self._result_type(other)(_base_int(other) * _base_int(self))

    def __floordiv__(self, other):
        # both operands are first wrapped to the result type, as C divides
        if isinstance(other, float):
            return float(self) // other
        t = self._result_type(other)
        return t(_base_int(t(self)) // _base_int(t(other)))

    def __rfloordiv__(self, other):
        if isinstance(other, float):
            return other // float(self)
        t = self._result_type(other)
        return t(_base_int(t(other)) // _base_int(t(self)))

    def __div__(self, other):
        if isinstance(other, float):
            return float(self) / other
        return self.__floordiv__(other)

    def __rdiv__(self, other):
        if isinstance(other, float):
            return other / float(self)
        return self.__rfloordiv__(other)

    def __truediv__(self, other):
        return float(self) / float(other)

    def __rtruediv__(self, other):
        return float(other) / float(self)

    def __mod__(self, other):
        if isinstance(other, float):
            return float(self) % other
        t = self._result_type(other)
        return t(_base_int(t(self)) % _base_int(t(other)))

    def __rmod__(self, other):
        if isinstance(other, float):
            return other % float(self)
        t = self._result_type(other)
        return t(_base_int(t(other)) % _base_int(t(self)))

    def __divmod__(self, other):
        return (self.__floordiv__(other), self.__mod__(other))

    def __and__(self, other):
        return self._result_type(other)(_base_int(self) & _base_int(other))

    __rand__ = __and__

    def __or__(self, other):
        return self._result_type(other)(_base_int(self) | _base_int(other))

    __ror__ = __or__

    def __xor__(self, other):
        return self._result_type(other)(_base_int(self) ^ _base_int(other))

    __rxor__ = __xor__

    # a shift has the type of its left operand
    def __lshift__(self, n):
        return self.__class__(_base_int(self) << _base_int(n))

    def __rlshift__(self, n):
        return int(n) << int(self)

    def __rshift__(self, n):
        # arithmetic shift for signed types, logical for unsigned ones: the
        # stored value is already non-negative for unsigned types
        return self.__class__(_base_int(self) >> _base_int(n))

    def __rrshift__(self, n):
        return int(n) >> int(self)

    def __neg__(self):
        return self.__class__(-_base_int(self))

    def __pos__(self):
        return self

    def __abs__(self):
        return self.__class__(abs(_base_int(self)))

    def __invert__(self):
        return self.__class__(~_base_int(self))

    def __pow__(self, other, modulo=None):
        if modulo is None:
            return self._result_type(other)(pow(_base_int(self), _base_int(other)))
        return self._result_type(other)(pow(_base_int(self), _base_int(other),
                                            _base_int(modulo)))

    def __repr__(self):
        # RPython's sized ints are longs in Python 2 (repr 5L), ints in Python 3
        return repr(_base_int(self))

    def __str__(self):
        return str(_base_int(self))


class r_int(_FixedInt):
    """A signed machine word whose arithmetic wraps."""
    BITS = LONG_BIT
    SIGNED = True


class r_uint(_FixedInt):
    """An unsigned machine word whose arithmetic wraps modulo 2**64."""
    BITS = LONG_BIT
    SIGNED = False


class r_int32(_FixedInt):
    BITS = 32
    SIGNED = True


class r_uint32(_FixedInt):
    BITS = 32
    SIGNED = False


class r_int16(_FixedInt):
    BITS = 16
    SIGNED = True


class r_uint16(_FixedInt):
    BITS = 16
    SIGNED = False


class r_int8(_FixedInt):
    BITS = 8
    SIGNED = True


class r_uint8(_FixedInt):
    BITS = 8
    SIGNED = False


class r_longlonglong(_FixedInt):
    BITS = 128
    SIGNED = True


_inttypes = {}
for _t in (r_int, r_uint, r_int32, r_uint32, r_int16, r_uint16, r_int8, r_uint8, r_longlonglong):
    _inttypes[(_t.SIGNED, _t.BITS)] = _t


def build_int(name, sign, bits, force_creation=False):
    """The integer class of this signedness and width: one class per
    (sign, bits), so build_int('r_short', True, 16) is r_int16, as RPython's
    build_int returns the class it made first.  rpy translates widths of 8,
    16, 32 and 64 bits."""
    sign = bool(sign)
    key = (sign, bits)
    if not force_creation and key in _inttypes:
        return _inttypes[key]
    if name is None:
        raise TypeError('No predefined %sint%d' % (['u', ''][sign], bits))
    int_type = type(name, (_FixedInt,), {'BITS': bits, 'SIGNED': sign})
    if not force_creation:
        _inttypes[key] = int_type
    return int_type


# A 64-bit machine: long long is a word, as RPython's build_int gives it.
r_longlong = r_int
r_ulonglong = r_uint
r_int64 = int
r_uint64 = r_uint
r_short = r_int16
r_ushort = r_uint16
longlongmax = LONGLONG_TEST - 1  # RPython: an r_longlong; the same word here


class r_singlefloat(object):
    """A C float (single precision): a black box that float() turns back
    into a (double) float; only == and != compare two of them."""

    def __init__(self, floatval):
        import struct
        self._bytes = struct.pack("f", floatval)   # rounds as C does

    def __float__(self):
        import struct
        return struct.unpack("f", self._bytes)[0]

    def __nonzero__(self):
        raise TypeError("not supported on r_singlefloat instances")

    __bool__ = __nonzero__

    def __eq__(self, other):
        return self.__class__ is other.__class__ and self._bytes == other._bytes

    def __ne__(self, other):
        return not self.__eq__(other)

    def __repr__(self):
        return 'r_singlefloat(%s)' % (float(self),)


class r_longfloat(object):
    """A C long double: a black box that float() turns back into a float."""

    def __init__(self, floatval):
        self.value = floatval

    def __float__(self):
        return self.value

    def __eq__(self, other):
        return self.__class__ is other.__class__ and self.value == other.value

    def __ne__(self, other):
        return not self.__eq__(other)


def signedtype(t):
    if t in (bool, int, _base_int):
        return True
    return t.SIGNED


def normalizedinttype(t):
    if t is int:
        return int
    if t.BITS <= LONG_BIT:
        return build_int(None, t.SIGNED, LONG_BIT)
    return t


def is_signed_integer_type(tp):
    return tp in (int, bool) or getattr(tp, 'SIGNED', False)


def highest_bit(n):
    """The index of the single set bit of n (a power of two)."""
    assert n and (n & (n - 1)) == 0
    i = -1
    while n:
        i += 1
        n >>= 1
    return i


def byteswap(arg):
    """arg with its bytes in the other order (a sized int keeps its width)."""
    if isinstance(arg, _FixedInt):
        bits, cls = arg.BITS, arg.__class__
    else:
        bits, cls = LONG_BIT, int
    value = _base_int(arg) & ((1 << bits) - 1)
    result = 0
    for _ in range(bits // 8):
        result = (result << 8) | (value & 0xFF)
        value >>= 8
    if cls is int:
        return intmask(result)
    return cls(result)


# ---------------------------------------------------------------- parsing

def string_to_int(s, base=10, allow_underscores=False, no_implicit_octal=False):
    """The int that the string s denotes in the given base (2..36, or 0 to
    read a 0x/0o/0b prefix), with optional surrounding spaces and sign.
    Raises rstring.ParseStringError if s is not a number and
    rstring.ParseStringOverflowError if it does not fit in a word."""
    from rpython.rlib.rstring import ParseStringError, ParseStringOverflowError
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    original = s
    s = s.strip()
    sign = 1
    if s.startswith('-'):
        sign = -1
        s = s[1:].lstrip()
    elif s.startswith('+'):
        s = s[1:].lstrip()
    lower = s.lower()
    if base == 0:
        if lower.startswith('0x'):
            base = 16
            s = s[2:]
        elif lower.startswith('0o'):
            base = 8
            s = s[2:]
        elif lower.startswith('0b'):
            base = 2
            s = s[2:]
        elif lower.startswith('0') and len(s) > 1 and not no_implicit_octal:
            base = 8
            s = s[1:]
        else:
            base = 10
    elif base == 16 and lower.startswith('0x'):
        s = s[2:]
    elif base == 8 and lower.startswith('0o'):
        s = s[2:]
    elif base == 2 and lower.startswith('0b'):
        s = s[2:]
    if base < 2 or base > 36:
        raise ParseStringError("int() base must be >= 2 and <= 36")
    if len(s) == 0:
        raise ParseStringError("invalid literal for int() with base %d: %r"
                               % (base, original))
    result = 0
    previous_underscore = True
    for c in s.lower():
        if c == '_' and allow_underscores and not previous_underscore:
            previous_underscore = True
            continue
        d = digits.find(c)
        if d < 0 or d >= base:
            raise ParseStringError("invalid literal for int() with base %d: %r"
                                   % (base, original))
        result = result * base + d
        previous_underscore = False
    if previous_underscore:
        raise ParseStringError("invalid literal for int() with base %d: %r"
                               % (base, original))
    result = sign * result
    if result < minint or result > maxint:
        raise ParseStringOverflowError("int() literal too large: %r" % (original,))
    return int(result)
