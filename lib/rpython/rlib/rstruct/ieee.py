"""rpy's version of rpython.rlib.rstruct.ieee: floats packed into the IEEE 754
binary16, binary32 and binary64 formats (2, 4 and 8 bytes) and back.

float_pack(x, size)           the bits of x in that format, as an r_ulonglong;
float_unpack(bits, size)      the float those bits denote;
pack_float(result, x, size, be)   appends the size bytes of x (big-endian when
                              be is true) to result, a list or StringBuilder;
unpack_float(s, be)           the float in the string s (len(s) is the size).

Rounding is to nearest, ties to even, as C's double-to-float conversion and
struct.pack do; a finite value too large for the format (after rounding)
raises OverflowError; NaN packs as the quiet NaN of its sign.
"""

import math

from rpython.rlib.objectmodel import specialize
from rpython.rlib.rarithmetic import r_ulonglong, intmask


def _mant_dig(size):
    """The precision of the format of `size` bytes, its hidden bit included."""
    if size == 8:
        return 53
    if size == 4:
        return 24
    if size == 2:
        return 11
    raise ValueError("invalid size value")


def _exp_bits(size):
    """How many bits the exponent of the format of `size` bytes has."""
    if size == 8:
        return 11
    if size == 4:
        return 8
    if size == 2:
        return 5
    raise ValueError("invalid size value")


def round_to_nearest(x):
    """The integer nearest to the float x >= 0, ties to even (an int)."""
    whole = int(x)
    rest = x - float(whole)
    if rest > 0.5 or (rest == 0.5 and whole & 1 == 1):
        whole += 1
    return whole


def float_pack(x, size):
    """The IEEE 754 representation of the float x in `size` bytes (2, 4 or
    8), as an r_ulonglong whose low size*8 bits are the sign, exponent and
    fraction fields."""
    mant_dig = _mant_dig(size)
    exp_max = (1 << _exp_bits(size)) - 1
    bias = exp_max >> 1
    sign = 0
    if math.copysign(1.0, x) < 0.0:
        sign = 1
    if x != x:
        exp = exp_max
        mant = 1 << (mant_dig - 2)      # the quiet NaN
    elif x == float('inf') or x == float('-inf'):
        exp = exp_max
        mant = 0
    elif x == 0.0:
        exp = 0
        mant = 0
    else:
        frac, e = math.frexp(abs(x))    # abs(x) == frac * 2**e, 0.5 <= frac < 1
        exp = e - 1 + bias
        if exp >= 1:
            mant = round_to_nearest(math.ldexp(frac, mant_dig))
            if mant == 1 << mant_dig:   # rounding carried into the next binade
                mant >>= 1
                exp += 1
            mant -= 1 << (mant_dig - 1)
        else:
            # a subnormal: the fraction field counts units of 2**(1-bias-(mant_dig-1)); rounding
            # up to 1 << (mant_dig-1) is the smallest normal number, the same bits
            shift = exp + mant_dig - 1
            mant = 0
            if shift >= 0:
                mant = round_to_nearest(math.ldexp(frac, shift))
            exp = 0
        if exp >= exp_max:
            raise OverflowError("float too large to pack in this format")
    bits = size * 8
    return ((r_ulonglong(sign) << (bits - 1)) | (r_ulonglong(exp) << (mant_dig - 1))
            | r_ulonglong(mant))


def float_unpack(q, size):
    """The float whose IEEE 754 representation in `size` bytes is the
    integer q (an int or r_ulonglong, as float_pack returns)."""
    mant_dig = _mant_dig(size)
    exp_max = (1 << _exp_bits(size)) - 1
    bias = exp_max >> 1
    bits = size * 8
    u = r_ulonglong(q)
    if bits < 64 and u >> bits != 0:
        raise ValueError("input out of range for a float of this size")
    sign = intmask(u >> (bits - 1)) & 1
    exp = intmask(u >> (mant_dig - 1)) & exp_max
    mant = intmask(u & ((r_ulonglong(1) << (mant_dig - 1)) - 1))
    if exp == exp_max:
        if mant == 0:
            result = float('inf')
        else:
            result = float('nan')
    elif exp == 0:
        result = math.ldexp(float(mant), 1 - bias - (mant_dig - 1))
    else:
        result = math.ldexp(float(mant + (1 << (mant_dig - 1))), exp - bias - (mant_dig - 1))
    if sign:
        return -result
    return result


def _bytes_of(value, size, be):
    """The `size` low bytes of the r_ulonglong value as a string,
    most significant first when be is true."""
    chars = []
    for i in range(size):
        chars.append(chr(intmask((value >> (i * 8)) & r_ulonglong(0xFF))))
    if be:
        chars.reverse()
    return ''.join(chars)


@specialize.argtype(0)
def pack_float(result, x, size, be):
    """Append to result (a list of strings or a StringBuilder) the `size`
    bytes of the IEEE representation of x, big-endian when be is true."""
    result.append(_bytes_of(float_pack(x, size), size, be))


def pack_float_to_buffer(wbuf, pos, value, size, be):
    """Store the `size` low bytes of the int value (a float_pack result
    passed through longlongmask) at wbuf[pos:pos+size] through its setitem."""
    for i in range(size):
        c = chr((value >> (i * 8)) & 0xFF)
        if be:
            wbuf.setitem(pos + size - i - 1, c)
        else:
            wbuf.setitem(pos + i, c)


def unpack_float(s, be):
    """The float whose IEEE representation is the string s (2, 4 or 8
    bytes), big-endian when be is true."""
    size = len(s)
    value = r_ulonglong(0)
    for i in range(size):
        if be:
            c = ord(s[size - 1 - i])
        else:
            c = ord(s[i])
        value |= r_ulonglong(c) << (i * 8)
    return float_unpack(value, size)
