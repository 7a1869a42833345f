# python2
# rpython.rlib.rstruct.runpack: runpack(fmt, s) for constant formats of every kind, each giving its
# own result type (a tuple, or the value itself for one field); short data raises StructError.
from rpython.rlib.rstruct.runpack import runpack
from rpython.rlib.rstruct.error import StructError
from rpython.rlib.rarithmetic import r_uint

HEADER = "<4sHhIi"


def record(data, pos):
    # a length-prefixed record: big-endian length, then a native int and a double
    n = runpack(">H", data[pos:pos + 2])
    body = data[pos + 2:pos + 2 + n]
    num, val = runpack("=id", body)
    return n, num, val


def entry_point(argv):
    data = "RPY1" + "\x02\x01" + "\xfe\xff" + "\xff\xff\xff\xff" + "\x00\x00\x00\x80"
    magic, version, delta, size, low = runpack(HEADER, data)
    print magic, version, delta, size, low
    print runpack(">4sHhIi", data)
    print runpack("<Q", data[4:12]), runpack(">Q", data[4:12]), runpack("<q", data[8:16]), runpack(">q", data[8:16])
    print runpack("<l", data[:4]), runpack(">L", data[:4]), runpack("!hh", data[:4]), runpack("<bB", "\xff\xff")
    u = runpack("Q", "\xff" * 8)
    print u, u + r_uint(1), isinstance(u, r_uint)
    print runpack("@bHiqd", "\x01\x00\x02\x00\x03\x00\x00\x00" + "\x04" + "\x00" * 7 + "\x00" * 6 + "\xf0\x3f")
    print runpack("2c3B", "ab\x01\x02\x03"), runpack("3s2xi", "abc\x00\x00\x00\x00\x00\x07\x00\x00\x00")
    print runpack("<?", "\x00"), runpack("<?", "\x05"), runpack("<f", "\x00\x00\xc0\x3f"), runpack(">d", "\xc0\x09\x21\xfb\x54\x44\x2d\x18")
    rec = "\x00\x0c" + "\x2a\x00\x00\x00" + "\x00\x00\x00\x00\x00\x00\x04\xc0"
    print record(rec, 0)
    total = 0
    for i in range(len(argv) + 3):
        total += runpack("<i", chr(i) + "\x00\x00\x01")
    print total
    try:
        runpack("<iq", data[:5])
    except StructError as e:
        print "StructError:", e.msg
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
