# python2
# rpython.rlib.rstruct.ieee: floats packed into the 2-, 4- and 8-byte IEEE formats and back, into a list and
# a StringBuilder (tests/lib/check_rstruct.py checks the same code against Python's struct module). NaN is
# only unpacked here: Python 2.7's float("nan") has its sign bit set, a translated one does not.
from rpython.rlib.rstruct import ieee
from rpython.rlib.rstring import StringBuilder
from rpython.rlib.rarithmetic import r_ulonglong


def hexstr(s):
    out = []
    for c in s:
        out.append("%02x" % ord(c))
    return "".join(out)


def entry_point(argv):
    values = [0.0, -0.0, 1.0, -2.5, 0.1, 1.0 / 3.0, 65504.0, 1e-310, 5e-324, 3.4028234663852886e38,
              1e300, float("inf"), -float("inf"), 6e-8, 1.5e-45, 123456.789]
    for x in values:
        line = [repr(x)]
        for size in [2, 4, 8]:
            for be in [False, True]:
                try:
                    parts = []
                    ieee.pack_float(parts, x, size, be)
                    s = "".join(parts)
                    line.append(hexstr(s) + "=" + repr(ieee.unpack_float(s, be)))
                except OverflowError:
                    line.append("overflow")
        print " ".join(line)
    b = StringBuilder()
    ieee.pack_float(b, 2.75, 8, False)
    ieee.pack_float(b, -0.15625, 4, True)
    data = b.build()
    print hexstr(data), ieee.unpack_float(data[:8], False), ieee.unpack_float(data[8:], True)
    bits = ieee.float_pack(-1.25, 8)
    print bits, ieee.float_unpack(bits, 8), ieee.float_pack(0.5, 4), ieee.float_unpack(r_ulonglong(0x3c00), 2)
    print ieee.float_unpack(0x7bff, 2), ieee.float_unpack(1, 4), ieee.float_pack(float(len(argv)), 2)
    print ieee.float_unpack(0x7e00, 2), ieee.float_unpack(0xffc00000, 4), ieee.unpack_float("\x7f\xf8\x00\x00\x00\x00\x00\x01", True)
    try:
        ieee.float_pack(1.0, 3)
    except ValueError:
        print "size 3: ValueError"
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
