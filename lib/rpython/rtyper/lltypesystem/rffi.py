"""rpy's version of rpython.rtyper.lltypesystem.rffi: the C number types and their classes,
cast() and sizeof().  C calls (llexternal) and raw memory (str2charp, CCHARP buffers...) have no
meaning in rpy: their names exist, and they are refused when translated."""

from rpython.rtyper.lltypesystem import lltype
from rpython.rtyper.lltypesystem.lltype import cast_primitive
from rpython.rlib import rarithmetic
from rpython.rlib.rarithmetic import (r_int8, r_uint8, r_int16, r_uint16, r_int32, r_uint32, r_uint,
                                      r_longlong, r_ulonglong, r_singlefloat)

# the classes of the C integer types (Linux on x86-64)
r_signedchar = r_int8
r_uchar = r_uint8
r_short = r_int16
r_ushort = r_uint16
r_int = r_int32
r_uint = r_uint32
r_long = rarithmetic.r_int
r_ulong = rarithmetic.r_uint
r_longlong = r_longlong
r_ulonglong = r_ulonglong
r_size_t = rarithmetic.r_uint
r_ssize_t = rarithmetic.r_int
r_time_t = rarithmetic.r_int
r_int_real = r_int32
r_uint_real = r_uint32

SIGNEDCHAR = lltype.build_number('SIGNEDCHAR', r_int8)
UCHAR = lltype.build_number('UCHAR', r_uint8)
SHORT = lltype.build_number('SHORT', r_int16)
USHORT = lltype.build_number('USHORT', r_uint16)
INT = lltype.build_number('INT', r_int32)
UINT = lltype.build_number('UINT', r_uint32)
LONG = lltype.Signed
ULONG = lltype.Unsigned
LONGLONG = lltype.SignedLongLong
ULONGLONG = lltype.UnsignedLongLong
SIZE_T = lltype.Unsigned
SSIZE_T = lltype.Signed
TIME_T = lltype.Signed
INTPTR_T = lltype.Signed
UINTPTR_T = lltype.Unsigned
INT_real = INT
UINT_real = UINT
CHAR = lltype.Char
BOOL = lltype.Bool
DOUBLE = lltype.Float
FLOAT = lltype.SingleFloat
LONGDOUBLE = lltype.LongFloat
WCHAR_T = lltype.UniChar
INT8 = SIGNEDCHAR
UINT8 = UCHAR
INT16 = SHORT
UINT16 = USHORT
INT32 = INT
UINT32 = UINT
INT64 = lltype.Signed
UINT64 = lltype.Unsigned

# pointer types: names only
CCHARP = lltype.Ptr(lltype.Array(lltype.Char, hints={'nolength': True}))
CWCHARP = lltype.Ptr(lltype.Array(lltype.UniChar, hints={'nolength': True}))
CCHARPP = lltype.Ptr(lltype.Array(CCHARP, hints={'nolength': True}))
VOIDP = lltype.Ptr(lltype.Array(lltype.Char, hints={'nolength': True, 'render_as_void': True}))
INTP = lltype.Ptr(lltype.Array(INT, hints={'nolength': True}))
UINTP = lltype.Ptr(lltype.Array(UINT, hints={'nolength': True}))
LONGP = lltype.Ptr(lltype.Array(LONG, hints={'nolength': True}))
DOUBLEP = lltype.Ptr(lltype.Array(DOUBLE, hints={'nolength': True}))
SIZE_TP = lltype.Ptr(lltype.Array(SIZE_T, hints={'nolength': True}))
NULL = None

_SIZES = {'Signed': 8, 'Unsigned': 8, 'SignedLongLong': 8, 'UnsignedLongLong': 8,
          'SignedLongLongLong': 16, 'Float': 8, 'SingleFloat': 4, 'LongFloat': 16,
          'Char': 1, 'Bool': 1, 'UniChar': 4}


def cast(TYPE, value):
    """value as a value of the C type TYPE (a primitive type: numbers wrap to its width)."""
    if not isinstance(TYPE, lltype.Primitive):
        raise NotImplementedError("rpy: rffi.cast() to %s: only primitive types have a meaning in rpy" % (TYPE,))
    return cast_primitive(TYPE, value)


def sizeof(TYPE):
    """The size in bytes of a primitive C type."""
    if isinstance(TYPE, lltype.Number) and TYPE._type is not int and TYPE._name not in _SIZES:
        return TYPE._type.BITS // 8
    if TYPE._name in _SIZES:
        return _SIZES[TYPE._name]
    raise NotImplementedError("rpy: rffi.sizeof(%s): only primitive types have a size in rpy" % (TYPE,))


def _no_c(what):
    raise NotImplementedError("rpy: rffi.%s() has no meaning in rpy (no C calls or raw memory)" % (what,))


def llexternal(name, args, result, **kwds):
    _no_c('llexternal')


def str2charp(s, track_allocation=True):
    _no_c('str2charp')


def charp2str(cp):
    _no_c('charp2str')


def charp2strn(cp, maxlen):
    _no_c('charp2strn')


def free_charp(cp, track_allocation=True):
    _no_c('free_charp')


def get_nonmovingbuffer(data):
    _no_c('get_nonmovingbuffer')


def CArray(tp):
    return lltype.Array(tp, hints={'nolength': True})


def CArrayPtr(tp):
    return lltype.Ptr(CArray(tp))


def CStruct(name, *fields, **kwds):
    return lltype.Struct(name, *fields, **kwds)


def CStructPtr(*args, **kwds):
    return lltype.Ptr(CStruct(*args, **kwds))


def CCallback(args, res):
    return lltype.Ptr(lltype.FuncType(args, res))


def CConstant(name, TYPE):
    return lltype.Typedef(TYPE, name)


def COpaquePtr(*args, **kwds):
    return lltype.Ptr(lltype.OpaqueType(args[0] if args else 'opaque'))
