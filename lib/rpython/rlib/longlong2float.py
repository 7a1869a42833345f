"""rpy's version of rpython.rlib.longlong2float: the bit pattern of a float as a 64-bit int and
back, and RPython's helpers for int32 values boxed in NaNs.

longlong2float(ll)    the float whose IEEE 754 bits are the 64-bit int ll (NaN payloads kept);
float2longlong(x)     the bits of the float x as a signed 64-bit int;
encode_int32_into_longlong_nan(i), decode_int32_from_longlong_nan(ll),
is_int32_from_longlong_nan(ll), can_encode_int32(i), can_encode_float(x): an int32 kept in the
low half of a NaN whose high half is 0xfffffffe.
Translated code casts the bits in place (codegen/emit_float_bits.cpp); the bodies below are what
the interpreter runs. uint2singlefloat/singlefloat2uint (r_singlefloat bits) are not provided.
"""

import struct

from rpython.rlib.rarithmetic import intmask, r_int64


def longlong2float(llval):
    return struct.unpack('<d', struct.pack('<q', llval))[0]


def float2longlong(floatval):
    return struct.unpack('<q', struct.pack('<d', floatval))[0]


nan_high_word_int32 = -2  # (int)0xfffffffe
nan_encoded_zero = r_int64(nan_high_word_int32 << 32)

CAN_ALWAYS_ENCODE_INT32 = False  # 64-bit machines


def _as_int32(value):
    v = intmask(value) & 0xFFFFFFFF
    if v >= 0x80000000:
        v -= 0x100000000
    return v


def encode_int32_into_longlong_nan(value):
    return nan_encoded_zero + r_int64(intmask(value) & 0xFFFFFFFF)


def decode_int32_from_longlong_nan(value):
    return _as_int32(value)


def is_int32_from_longlong_nan(value):
    return intmask(value >> 32) == nan_high_word_int32


def can_encode_int32(value):
    return value == _as_int32(value)


def can_encode_float(value):
    return intmask(float2longlong(value) >> 32) != nan_high_word_int32
