# python2
# stderr-ok
# rpython.rtyper.lltypesystem names in translated code: rffi.cast and lltype.cast_primitive to
# primitive types (numbers wrap to the C type's width), rffi.sizeof, llop arithmetic.
from rpython.rtyper.lltypesystem import lltype, rffi
from rpython.rtyper.lltypesystem.lloperation import llop
from rpython.rlib.rarithmetic import r_uint, widen

NODE = lltype.GcStruct('Node', ('value', lltype.Signed))    # a name only
NODEPTR = lltype.Ptr(NODE)


def to_c_int(x):
    return rffi.cast(rffi.INT, x)


def entry_point(argv):
    n = len(argv)
    print to_c_int(2 ** 31 + n), to_c_int(-5), widen(rffi.cast(rffi.UCHAR, -n))
    print rffi.cast(rffi.SHORT, 40000), rffi.cast(rffi.USHORT, -1), rffi.cast(lltype.Signed, r_uint(2 ** 64 - 2))
    print rffi.cast(lltype.Unsigned, -n), rffi.cast(lltype.Char, 321), rffi.cast(lltype.Signed, 'A'), rffi.cast(lltype.Bool, 3)
    print rffi.cast(lltype.Float, n), rffi.cast(lltype.Signed, -3.9), lltype.cast_primitive(lltype.Signed, 7.5), rffi.cast(rffi.LONG, n)
    print rffi.cast(lltype.UniChar, 0x263A) == u'\u263a', float(rffi.cast(rffi.FLOAT, 0.1))
    print rffi.sizeof(rffi.INT), rffi.sizeof(lltype.Signed), rffi.sizeof(rffi.SHORT), rffi.sizeof(lltype.Char), rffi.sizeof(rffi.DOUBLE)
    print llop.int_add(lltype.Signed, n, 41), llop.int_between(lltype.Bool, 0, n, 10), llop.uint_sub(lltype.Unsigned, 0, n)
    print llop.int_lt(lltype.Bool, n, 0), llop.int_neg(lltype.Signed, n), llop.int_floordiv(lltype.Signed, -7, 2)
    llop.debug_print(lltype.Void, "to stderr", n)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
