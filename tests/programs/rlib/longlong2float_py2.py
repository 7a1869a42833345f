# python2
# rpython.rlib.longlong2float: a float's bits as a 64-bit int and back, NaN payloads kept (an
# int32 boxed in a NaN, as interpreters do), at import time and in translated code.
from rpython.rlib.longlong2float import (longlong2float, float2longlong, encode_int32_into_longlong_nan,
                                         decode_int32_from_longlong_nan, is_int32_from_longlong_nan,
                                         can_encode_int32, can_encode_float)

AT_IMPORT = [float2longlong(1.0), float2longlong(-0.0), longlong2float(4611686018427387904)]
FLOATS = [0.0, -0.0, 1.0, -2.5, 1e300, 5e-324, float('inf'), float('-inf'), 3.141592653589793]


def entry_point(argv):
    print AT_IMPORT
    for x in FLOATS:
        bits = float2longlong(x)
        print repr(x), bits, repr(longlong2float(bits)), can_encode_float(x)
    for i in [0, 1, -1, 2147483647, -2147483648, 123456 * len(argv)]:
        boxed = encode_int32_into_longlong_nan(i)
        f = longlong2float(boxed)
        print i, boxed, f != f, is_int32_from_longlong_nan(float2longlong(f)), decode_int32_from_longlong_nan(float2longlong(f))
    print can_encode_int32(2147483648), can_encode_int32(-5), is_int32_from_longlong_nan(float2longlong(1.5))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
