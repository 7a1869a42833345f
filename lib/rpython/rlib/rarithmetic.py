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
    return intmask(n)


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
    """n as a full word (identity for word-sized values)."""
    if isinstance(n, _FixedInt) and n.BITS < LONG_BIT:
        return int(n)
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


# ---------------------------------------------------------------- fixed-width ints

class _FixedInt(_base_int):
    """Base of the wrapping integer classes.  BITS and SIGNED are set by each
    subclass; every arithmetic result is wrapped to that width.  When the two
    operands have different fixed types the unsigned (or wider) one wins."""

    BITS = 64
    SIGNED = True

    def __new__(cls, value=0):
        if isinstance(value, float):
            value = int(value)
        return _base_int.__new__(cls, _wrap(value, cls.BITS, cls.SIGNED))

    def _result_type(self, other):
        cls = self.__class__
        if isinstance(other, _FixedInt) and other.__class__ is not cls:
            if other.BITS > cls.BITS:
                return other.__class__
            if other.BITS == cls.BITS and cls.SIGNED and not other.SIGNED:
                return other.__class__
        return cls

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

    def _divide(self, a, b):
        # Python floor division; for unsigned operands (both non-negative
        # after wrapping) this equals C division
        return a // b

    def __floordiv__(self, other):
        t = self._result_type(other)
        return t(self._divide(_base_int(t(self)), _base_int(t(other))))

    def __rfloordiv__(self, other):
        t = self._result_type(other)
        return t(self._divide(_base_int(t(other)), _base_int(t(self))))

    __div__ = __floordiv__
    __rdiv__ = __rfloordiv__

    def __truediv__(self, other):
        return float(self) / float(other)

    def __rtruediv__(self, other):
        return float(other) / float(self)

    def __mod__(self, other):
        t = self._result_type(other)
        return t(_base_int(t(self)) % _base_int(t(other)))

    def __rmod__(self, other):
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

    def __lshift__(self, n):
        return self.__class__(_base_int(self) << _base_int(n))

    def __rshift__(self, n):
        # arithmetic shift for signed types, logical for unsigned ones: the
        # stored value is already non-negative for unsigned types
        return self.__class__(_base_int(self) >> _base_int(n))

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


class r_longlong(_FixedInt):
    """A signed 64-bit integer whose arithmetic wraps."""
    BITS = 64
    SIGNED = True


class r_ulonglong(_FixedInt):
    """An unsigned 64-bit integer whose arithmetic wraps."""
    BITS = 64
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


r_int64 = r_longlong
r_uint64 = r_ulonglong


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
