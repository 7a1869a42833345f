"""rpy's version of rpython.rlib.rbigint: arbitrary-precision integers for
RPython programs, whose ints are machine words.

An rbigint is immutable: a sign (-1, 0 or 1) and the magnitude's digits in
base 2**30 (_SHIFT), least significant first, without leading zeros (zero has no
digits).  Digit products stay below 2**62, so every intermediate value fits in
a translated program's 64-bit int, and the interpreter gives the same results.
Methods follow PyPy's rbigint: fromint/fromstr/fromfloat/fromlong, toint,
tofloat, str, add/sub/mul/floordiv/mod/divmod/pow/gcd, int_* variants taking a
machine int, comparisons, shifts and bitwise operations with Python's meaning
for negative numbers (infinite two's complement). digit(i)/udigit/widedigit, setdigit(i, v)
and numdigits() show the magnitude in RPython's 63-bit digits (SHIFT, MASK: RPython's on a 64-bit
machine), whatever rpy uses inside; setdigit is the one method that changes an rbigint in place.
"""

from rpython.rlib.rarithmetic import r_uint

_SHIFT = 30
_BASE = 1 << _SHIFT
_MASK = _BASE - 1

# The digits a program sees (digit(), setdigit(), numdigits()) are RPython's on a 64-bit machine
# with a C compiler that has __int128 (gcc, clang): 63 bits each, so rbigint.fromint(1 << 62) has
# one digit and (1 << 63) two. rpy computes with 30-bit digits inside (_SHIFT) and converts.
SHIFT = 63
MASK = int((1 << SHIFT) - 1)  # an int under python2.7 too (sys.maxint on 64-bit)
_DEC_CHUNK = 1000000000     # 10**9 < _BASE: decimal conversion works 9 digits at a time
_HASH_MODULUS = (1 << 61) - 1


def _strip(digits):
    """digits without leading (most significant) zeros; a new list."""
    n = len(digits)
    while n > 0 and digits[n - 1] == 0:
        n -= 1
    return digits[:n]


def _cmp_mag(a, b):
    if len(a) != len(b):
        if len(a) < len(b):
            return -1
        return 1
    i = len(a) - 1
    while i >= 0:
        if a[i] != b[i]:
            if a[i] < b[i]:
                return -1
            return 1
        i -= 1
    return 0


def _add_mag(a, b):
    if len(a) < len(b):
        a, b = b, a
    res = []
    carry = 0
    for i in range(len(a)):
        s = a[i] + carry
        if i < len(b):
            s += b[i]
        res.append(s & _MASK)
        carry = s >> _SHIFT
    if carry:
        res.append(carry)
    return res


def _sub_mag(a, b):
    """a - b for magnitudes with a >= b."""
    res = []
    borrow = 0
    for i in range(len(a)):
        s = a[i] - borrow
        if i < len(b):
            s -= b[i]
        if s < 0:
            s += _BASE
            borrow = 1
        else:
            borrow = 0
        res.append(s)
    return _strip(res)


def _mul_mag(a, b):
    if len(a) == 0 or len(b) == 0:
        return []
    res = [0] * (len(a) + len(b))
    for i in range(len(a)):
        carry = 0
        ai = a[i]
        if ai == 0:
            continue
        for j in range(len(b)):
            t = res[i + j] + ai * b[j] + carry
            res[i + j] = t & _MASK
            carry = t >> _SHIFT
        k = i + len(b)
        while carry:
            t = res[k] + carry
            res[k] = t & _MASK
            carry = t >> _SHIFT
            k += 1
    return _strip(res)


def _mul_small(a, m, add):
    """a * m + add for a magnitude and 0 <= m, add < _BASE."""
    res = []
    carry = add
    for i in range(len(a)):
        t = a[i] * m + carry
        res.append(t & _MASK)
        carry = t >> _SHIFT
    while carry:
        res.append(carry & _MASK)
        carry = carry >> _SHIFT
    return _strip(res)


def _divrem_small(a, d):
    """(a // d, a % d) for a magnitude and 0 < d < _BASE."""
    q = [0] * len(a)
    rem = 0
    i = len(a) - 1
    while i >= 0:
        cur = (rem << _SHIFT) | a[i]
        q[i] = cur // d
        rem = cur - q[i] * d
        i -= 1
    return _strip(q), rem


def _shl_mag(a, bits):
    """a * 2**bits for 0 <= bits < _SHIFT (digit shifts are done by the caller)."""
    if bits == 0:
        return a[:]
    res = []
    carry = 0
    for i in range(len(a)):
        t = (a[i] << bits) | carry
        res.append(t & _MASK)
        carry = t >> _SHIFT
    if carry:
        res.append(carry)
    return res


def _shr_mag(a, bits):
    """a // 2**bits for 0 <= bits < _SHIFT."""
    if bits == 0:
        return a[:]
    res = [0] * len(a)
    i = len(a) - 1
    carry = 0
    while i >= 0:
        t = a[i]
        res[i] = (t >> bits) | (carry << (_SHIFT - bits))
        carry = t & ((1 << bits) - 1)
        i -= 1
    return _strip(res)


def _divrem_mag(a, b):
    """(a // b, a % b) for magnitudes, b not zero (long division, Knuth's algorithm D)."""
    if _cmp_mag(a, b) < 0:
        return [], a[:]
    if len(b) == 1:
        q, r = _divrem_small(a, b[0])
        if r == 0:
            return q, []
        return q, [r]
    # Normalise so that the divisor's top digit has its high bit set.
    shift = 0
    top = b[len(b) - 1]
    while top < (_BASE >> 1):
        top <<= 1
        shift += 1
    v = _shl_mag(b, shift)
    u = _shl_mag(a, shift)
    if len(u) == len(a):
        u.append(0)
    n = len(v)
    m = len(u) - n
    q = [0] * m
    vtop = v[n - 1]
    vnext = v[n - 2]
    j = m - 1
    while j >= 0:
        # estimate the quotient digit from the top two digits of the current remainder
        num = (u[j + n] << _SHIFT) | u[j + n - 1]
        qhat = num // vtop
        rhat = num - qhat * vtop
        while qhat >= _BASE or qhat * vnext > ((rhat << _SHIFT) | u[j + n - 2]):
            qhat -= 1
            rhat += vtop
            if rhat >= _BASE:
                break
        # u[j .. j+n] -= qhat * v
        borrow = 0
        carry = 0
        for i in range(n):
            p = qhat * v[i] + carry
            carry = p >> _SHIFT
            t = u[i + j] - (p & _MASK) - borrow
            if t < 0:
                t += _BASE
                borrow = 1
            else:
                borrow = 0
            u[i + j] = t
        t = u[j + n] - carry - borrow
        if t < 0:
            # qhat was one too big: add v back
            u[j + n] = t + _BASE
            qhat -= 1
            carry = 0
            for i in range(n):
                s = u[i + j] + v[i] + carry
                u[i + j] = s & _MASK
                carry = s >> _SHIFT
            u[j + n] = (u[j + n] + carry) & _MASK
        else:
            u[j + n] = t
        q[j] = qhat
        j -= 1
    r = _shr_mag(_strip(u[:n]), shift)
    return _strip(q), r


def _twos(x, n):
    """x's value modulo _BASE**n as n digits (two's complement of negatives)."""
    digits = x._digits[:] + [0] * (n - len(x._digits))
    if x.sign >= 0:
        return digits
    carry = 1
    for i in range(n):
        t = (digits[i] ^ _MASK) + carry
        digits[i] = t & _MASK
        carry = t >> _SHIFT
    return digits


def _from_twos(digits, negative):
    if not negative:
        return rbigint(_strip(digits), 1)
    carry = 1
    res = []
    for i in range(len(digits)):
        t = (digits[i] ^ _MASK) + carry
        res.append(t & _MASK)
        carry = t >> _SHIFT
    return rbigint(_strip(res), -1)


class rbigint(object):
    """An arbitrary-precision integer (immutable)."""

    def __init__(self, digits, sign):
        if len(digits) == 0:
            sign = 0
        self._digits = digits
        self.sign = sign

    # ---- construction
    @staticmethod
    def fromint(intval):
        if intval == 0:
            return rbigint([], 0)
        sign = 1
        if intval < 0:
            sign = -1
        digits = []
        x = intval
        while x != 0:
            if x > 0:
                d = x & _MASK
                x = x >> _SHIFT
            else:
                # digits of -x without negating x (the most negative int has no positive twin)
                d = -(x % -_BASE)
                x = (x + d) // _BASE
            digits.append(d)
        return rbigint(digits, sign)

    @staticmethod
    def frombool(b):
        if b:
            return rbigint([1], 1)
        return rbigint([], 0)

    @staticmethod
    def fromlong(l):
        """From an interpreter int of any size (for constants built at import time)."""
        if l == 0:
            return rbigint([], 0)
        sign = 1
        if l < 0:
            sign = -1
            l = -l
        digits = []
        while l:
            digits.append(int(l & _MASK))
            l = l >> _SHIFT
        return rbigint(digits, sign)

    @staticmethod
    def fromfloat(f):
        """int(f) for a finite float (OverflowError for inf, ValueError for nan)."""
        if f != f:
            raise ValueError("cannot convert float NaN to integer")
        if f - f != 0.0:
            raise OverflowError("cannot convert float infinity to integer")
        sign = 1
        if f < 0.0:
            sign = -1
            f = -f
        if f < 1.0:
            return rbigint([], 0)
        # peel off base-2**30 digits, most significant first
        ndig = 1
        scale = 1.0
        while f >= scale * float(_BASE):
            scale *= float(_BASE)
            ndig += 1
        digits = [0] * ndig
        i = ndig - 1
        while i >= 0:
            d = int(f / scale)
            if d > _MASK:
                d = _MASK
            digits[i] = d
            f -= float(d) * scale
            scale /= float(_BASE)
            i -= 1
        return rbigint(_strip(digits), sign)

    @staticmethod
    def fromstr(s, base=10):
        """The integer written in s (surrounding whitespace, a sign and, for base 16, 8 or 2,
        a 0x/0o/0b prefix allowed); ValueError otherwise."""
        from rpython.rlib.rstring import ParseStringError
        text = s.strip()
        i = 0
        sign = 1
        if i < len(text) and (text[i] == '+' or text[i] == '-'):
            if text[i] == '-':
                sign = -1
            i += 1
        if base == 0 or base == 16 or base == 8 or base == 2:
            if i + 1 < len(text) and text[i] == '0':
                p = text[i + 1].lower()
                if (p == 'x' and (base == 0 or base == 16)) or (p == 'o' and (base == 0 or base == 8)) or \
                        (p == 'b' and (base == 0 or base == 2)):
                    if p == 'x':
                        base = 16
                    elif p == 'o':
                        base = 8
                    else:
                        base = 2
                    i += 2
        if base == 0:
            base = 10
        if base < 2 or base > 36:
            raise ParseStringError("int() base must be >= 2 and <= 36")
        digits = []
        seen = False
        while i < len(text):
            c = text[i]
            if c == '_' and seen and i + 1 < len(text) and text[i + 1] != '_':
                i += 1
                continue
            if '0' <= c <= '9':
                v = ord(c) - ord('0')
            elif 'a' <= c <= 'z':
                v = ord(c) - ord('a') + 10
            elif 'A' <= c <= 'Z':
                v = ord(c) - ord('A') + 10
            else:
                v = 99
            if v >= base:
                raise ParseStringError("invalid literal for int() with base %d: '%s'" % (base, s))
            digits = _mul_small(digits, base, v)
            seen = True
            i += 1
        if not seen:
            raise ParseStringError("invalid literal for int() with base %d: '%s'" % (base, s))
        return rbigint(digits, sign)

    @staticmethod
    def fromdecimalstr(s):
        return rbigint.fromstr(s, 10)

    # ---- conversion
    def toint(self):
        """The value as a machine int; OverflowError when it does not fit."""
        if len(self._digits) > 3 or (len(self._digits) == 3 and self._digits[2] > 7):
            if self.sign < 0 and self.eq(_MIN_INT):
                return -9223372036854775807 - 1
            raise OverflowError("int too large to convert to machine int")
        x = 0
        i = len(self._digits) - 1
        while i >= 0:
            x = (x << _SHIFT) | self._digits[i]
            i -= 1
        if self.sign < 0:
            return -x
        return x

    def tolonglong(self):
        return self.toint()

    def fits_int(self):
        try:
            self.toint()
        except OverflowError:
            return False
        return True

    def tobool(self):
        return self.sign != 0

    def tofloat(self):
        """The nearest float (OverflowError when too large)."""
        if self.sign == 0:
            return 0.0
        nbits = self.bit_length()
        if nbits <= 53:
            f = 0.0
            i = len(self._digits) - 1
            while i >= 0:
                f = f * float(_BASE) + float(self._digits[i])
                i -= 1
            return f * float(self.sign)
        if nbits > 1024:
            raise OverflowError("int too large to convert to float")
        # keep 55 significant bits plus a sticky bit, round to 53 once, then scale exactly
        drop = nbits - 55
        sticky = 0
        if drop < 0:
            top = self.abs().lshift(-drop)
        else:
            top = self.abs().rshift(drop)
            if top.lshift(drop).ne(self.abs()):
                sticky = 1
        m = top.toint() | sticky
        # round to nearest, ties to even, at 2 bits below
        low = m & 3
        m = m >> 2
        if low > 2 or (low == 2 and (m & 1) == 1):
            m += 1
        f = float(m)
        e = drop + 2
        while e < 0:
            f = f / 2.0
            e += 1
        while e > 0:
            step = e
            if step > 60:
                step = 60
            f = f * float(1 << step)
            e -= step
        if f - f != 0.0:
            raise OverflowError("int too large to convert to float")
        return f * float(self.sign)

    def str(self):
        if self.sign == 0:
            return "0"
        chunks = []
        mag = self._digits
        while len(mag) > 0:
            mag, r = _divrem_small(mag, _DEC_CHUNK)
            chunks.append(r)
        parts = []
        if self.sign < 0:
            parts.append("-")
        i = len(chunks) - 1
        parts.append("%d" % chunks[i])
        i -= 1
        while i >= 0:
            parts.append("%09d" % chunks[i])
            i -= 1
        return "".join(parts)

    def repr(self):
        return self.str()

    def format(self, digits, prefix='', suffix=''):
        """The value in the base len(digits), with those digit characters."""
        base = len(digits)
        if self.sign == 0:
            return prefix + digits[0] + suffix
        out = []
        mag = self._digits
        while len(mag) > 0:
            mag, r = _divrem_small(mag, base)
            out.append(digits[r])
        out.reverse()
        sign = ''
        if self.sign < 0:
            sign = '-'
        return sign + prefix + "".join(out) + suffix

    def hash(self):
        """hash() of the equal Python int."""
        h = 0
        i = len(self._digits) - 1
        while i >= 0:
            # h * 2**30 modulo 2**61 - 1 is a rotation of h's 61 bits (no overflow)
            h = ((h << _SHIFT) & _HASH_MODULUS) | (h >> (61 - _SHIFT))
            h += self._digits[i]
            if h >= _HASH_MODULUS:
                h -= _HASH_MODULUS
            i -= 1
        if self.sign < 0:
            h = -h
        if h == -1:
            h = -2
        return h

    def bit_length(self):
        n = len(self._digits)
        if n == 0:
            return 0
        top = self._digits[n - 1]
        bits = 0
        while top:
            bits += 1
            top >>= 1
        return (n - 1) * _SHIFT + bits

    # ---- digits as RPython shows them (SHIFT = 63 bits each, least significant first)
    def numdigits(self):
        """How many 63-bit digits the magnitude has; zero has one (RPython's NULLRBIGINT)."""
        bits = self.bit_length()
        if bits == 0:
            return 1
        return (bits + SHIFT - 1) // SHIFT

    def _digit_index(self, x):
        n = self.numdigits()
        if x < 0:
            x += n
        if x < 0 or x >= n:
            raise IndexError("list index out of range")  # RPython's digit list, run by python2.7
        return x

    def digit(self, x):
        """The x'th 63-bit digit of the magnitude, an int in [0, 2**63)."""
        x = self._digit_index(x)
        bit = x * SHIFT
        whole = bit // _SHIFT
        if whole >= len(self._digits):
            return 0
        mag = _shr_mag(self._digits[whole:], bit % _SHIFT)
        v = 0
        if len(mag) > 0:
            v = mag[0]
        if len(mag) > 1:
            v |= mag[1] << _SHIFT
        if len(mag) > 2:
            v |= (mag[2] & ((1 << (SHIFT - 2 * _SHIFT)) - 1)) << (2 * _SHIFT)
        return v

    def widedigit(self, x):
        return self.digit(x)

    def udigit(self, x):
        return r_uint(self.digit(x))

    def setdigit(self, x, val):
        """Sets the x'th 63-bit digit to val & MASK, in place (RPython's masks the value the same
        way). The sign is kept; setting a digit of zero makes it positive."""
        x = self._digit_index(x)
        val = val & MASK
        old = self.digit(x)
        delta = rbigint.fromint(val).sub(rbigint.fromint(old)).lshift(x * SHIFT)
        sign = self.sign
        if sign == 0:
            sign = 1
        mag = rbigint(self._digits, 1).add(delta)
        self._digits = mag._digits
        self.sign = sign
        if len(self._digits) == 0:
            self.sign = 0

    def get_sign(self):
        return self.sign

    # ---- comparison
    def _cmp(self, other):
        if self.sign != other.sign:
            if self.sign < other.sign:
                return -1
            return 1
        c = _cmp_mag(self._digits, other._digits)
        if self.sign < 0:
            return -c
        return c

    def eq(self, other):
        return self._cmp(other) == 0

    def ne(self, other):
        return self._cmp(other) != 0

    def lt(self, other):
        return self._cmp(other) < 0

    def le(self, other):
        return self._cmp(other) <= 0

    def gt(self, other):
        return self._cmp(other) > 0

    def ge(self, other):
        return self._cmp(other) >= 0

    def int_eq(self, i):
        return self.eq(rbigint.fromint(i))

    def int_ne(self, i):
        return self.ne(rbigint.fromint(i))

    def int_lt(self, i):
        return self.lt(rbigint.fromint(i))

    def int_le(self, i):
        return self.le(rbigint.fromint(i))

    def int_gt(self, i):
        return self.gt(rbigint.fromint(i))

    def int_ge(self, i):
        return self.ge(rbigint.fromint(i))

    # ---- arithmetic
    def neg(self):
        return rbigint(self._digits, -self.sign)

    def abs(self):
        if self.sign < 0:
            return rbigint(self._digits, 1)
        return self

    def invert(self):
        """~x == -x - 1"""
        return self.add(_ONE).neg()

    def add(self, other):
        if self.sign == 0:
            return other
        if other.sign == 0:
            return self
        if self.sign == other.sign:
            return rbigint(_add_mag(self._digits, other._digits), self.sign)
        c = _cmp_mag(self._digits, other._digits)
        if c == 0:
            return rbigint([], 0)
        if c > 0:
            return rbigint(_sub_mag(self._digits, other._digits), self.sign)
        return rbigint(_sub_mag(other._digits, self._digits), other.sign)

    def sub(self, other):
        return self.add(other.neg())

    def mul(self, other):
        return rbigint(_mul_mag(self._digits, other._digits), self.sign * other.sign)

    def divmod(self, other):
        """(self // other, self % other) with Python's floor semantics."""
        if other.sign == 0:
            raise ZeroDivisionError("integer division or modulo by zero")
        q, r = _divrem_mag(self._digits, other._digits)
        quot = rbigint(q, self.sign * other.sign)
        rem = rbigint(r, self.sign)
        if rem.sign != 0 and rem.sign != other.sign:
            quot = quot.sub(_ONE)
            rem = rem.add(other)
        return quot, rem

    def floordiv(self, other):
        return self.divmod(other)[0]

    def div(self, other):
        return self.floordiv(other)

    def mod(self, other):
        return self.divmod(other)[1]

    def truediv(self, other):
        if other.sign == 0:
            raise ZeroDivisionError("division by zero")
        return self.tofloat() / other.tofloat()

    def pow(self, other, modulus=None):
        """self ** other, or pow(self, other, modulus); other must not be negative."""
        if other.sign < 0:
            raise ValueError("pow() negative exponent")
        if modulus is not None and modulus.sign == 0:
            raise ValueError("pow() 3rd argument cannot be 0")
        result = _ONE
        base = self
        if modulus is not None:
            base = base.mod(modulus)
        bits = other.bit_length()
        i = bits - 1
        while i >= 0:
            result = result.mul(result)
            if modulus is not None:
                result = result.mod(modulus)
            if (other._digits[i // _SHIFT] >> (i % _SHIFT)) & 1:
                result = result.mul(base)
                if modulus is not None:
                    result = result.mod(modulus)
            i -= 1
        if modulus is not None:
            return result.mod(modulus)
        return result

    def gcd(self, other):
        """The greatest common divisor of self and other, never negative (gcd(0, 0) == 0)."""
        a = self._digits
        b = other._digits
        while len(b) > 0:
            r = _divrem_mag(a, b)[1]
            a = b
            b = r
        if len(a) == 0:
            return rbigint([], 0)
        return rbigint(a, 1)

    def int_add(self, i):
        return self.add(rbigint.fromint(i))

    def int_sub(self, i):
        return self.sub(rbigint.fromint(i))

    def int_mul(self, i):
        return self.mul(rbigint.fromint(i))

    def int_floordiv(self, i):
        return self.floordiv(rbigint.fromint(i))

    def int_mod(self, i):
        return self.mod(rbigint.fromint(i))

    def int_pow(self, i):
        return self.pow(rbigint.fromint(i))

    # ---- shifts and bitwise operations (Python's meaning for negatives)
    def lshift(self, n):
        if n < 0:
            raise ValueError("negative shift count")
        if self.sign == 0:
            return self
        digits = [0] * (n // _SHIFT) + _shl_mag(self._digits, n % _SHIFT)
        return rbigint(digits, self.sign)

    def rshift(self, n):
        if n < 0:
            raise ValueError("negative shift count")
        if self.sign >= 0:
            whole = n // _SHIFT
            if whole >= len(self._digits):
                return rbigint([], 0)
            return rbigint(_shr_mag(self._digits[whole:], n % _SHIFT), 1)
        # floor for negatives: -((-x - 1) >> n) - 1
        return self.invert().rshift(n).invert()

    def _bitwise(self, other, op):
        n = len(self._digits)
        if len(other._digits) > n:
            n = len(other._digits)
        n += 1
        a = _twos(self, n)
        b = _twos(other, n)
        res = [0] * n
        for i in range(n):
            if op == 0:
                res[i] = a[i] & b[i]
            elif op == 1:
                res[i] = a[i] | b[i]
            else:
                res[i] = a[i] ^ b[i]
        neg_a = self.sign < 0
        neg_b = other.sign < 0
        if op == 0:
            negative = neg_a and neg_b
        elif op == 1:
            negative = neg_a or neg_b
        else:
            negative = neg_a != neg_b
        return _from_twos(res, negative)

    def and_(self, other):
        return self._bitwise(other, 0)

    def or_(self, other):
        return self._bitwise(other, 1)

    def xor(self, other):
        return self._bitwise(other, 2)

    def int_and_(self, i):
        return self.and_(rbigint.fromint(i))

    def int_or_(self, i):
        return self.or_(rbigint.fromint(i))

    def int_xor(self, i):
        return self.xor(rbigint.fromint(i))


_ONE = rbigint([1], 1)
ONERBIGINT = _ONE
NULLRBIGINT = rbigint([], 0)
_MIN_INT = rbigint([0, 0, 8], -1)   # -2**63
