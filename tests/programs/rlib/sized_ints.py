# python2
# rarithmetic's sized ints (build_int, r_int8 ... r_uint32, r_int, widen): every result wraps to
# its type's width, the type of a result follows RPython's compute_restype, shifts keep their
# left operand's type, widen() gives a plain int.
from rpython.rlib.rarithmetic import (build_int, widen, intmask, r_int8, r_uint8, r_int16, r_uint16,
                                      r_int32, r_uint32, r_int, r_uint, r_longlong, r_short, r_ushort)

r_byte = build_int('r_byte', True, 8)        # the class build_int made first: r_int8
U16 = build_int('r_ushort16', False, 16)     # r_uint16


class Counter(object):
    def __init__(self):
        self.low = r_uint8(0)
        self.total = r_uint16(0)

    def add(self, n):
        self.low = r_uint8(widen(self.low) + n)
        self.total += U16(n)


def narrow(x):
    print r_int16(x), r_uint16(x), r_int8(x), r_uint8(x), r_int32(x), r_uint32(x)


def entry_point(argv):
    n = len(argv)
    a = r_uint8(250 + n)
    print a, widen(a) + 10
    b = a + r_uint8(10)
    print b, a * 2, a - r_uint8(252), a // 3, a % 7, a ** 2
    c = r_int8(126) + r_int8(n)
    print c, c + 1, -c - 1, ~c, abs(r_byte(-128) + 0)
    print r_int8(-128) // r_int8(-1), r_int8(-7) // 2, r_int8(-7) % 3
    s = r_int16(30000) * 2
    print s, r_short(-1), r_ushort(-1), U16(-2) + 1
    narrow(70000 + n)
    narrow(-n)
    narrow(3.9)
    narrow(-3.9)
    x = r_uint16(1)
    print x << 15, x << 16, (x << 15) >> 3, r_int16(-32768) >> 15, 1 << r_uint16(4)
    print r_uint32(0xFFFFFFFF) + 1, r_int32(0x7FFFFFFF) + 1, r_uint32(-1) & 0xFF00, r_uint32(5) | 8, r_uint32(5) ^ 7
    print r_uint16(5) + r_uint32(70000), r_int8(100) + r_int32(100), r_uint8(200) + r_uint(200)
    print r_int(2) ** 63, r_longlong(-1) * r_longlong(3), intmask(r_uint16(65535)), int(r_int8(-5))
    w = widen(r_uint16(65535)) + 1
    print w, widen(r_int8(-1)) - 1, widen(5), widen(r_uint(7))
    print r_uint8(3) == 3, r_int8(-1) < 0, r_uint16(65535) > 1000, r_uint8(7) != r_uint8(8), r_int16(-2) <= r_int16(-2)
    print float(r_int16(-3)) / 2, r_uint8(9) / 2.0, r_int16(7) * 1.5
    cnt = Counter()
    for i in range(300):
        cnt.add(i)
    print cnt.low, cnt.total
    items = [r_uint8(i * 100) for i in range(5)]
    t = r_uint8(0)
    for v in items:
        t += v
    print t, len(items), items[3] + 0
    h = r_uint32(2166136261)
    for ch in "hello world":
        h = (h ^ r_uint32(ord(ch))) * r_uint32(16777619)
    print h
    print "%d %x %s" % (r_uint16(65535), r_uint8(255), r_int8(-128)), str(r_int32(-7))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
