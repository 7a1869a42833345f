# python2
# The sized ints of rarithmetic.build_int (r_uint8, r_int16, r_uint32...) in a portal: each
# operation wraps to the type's width, as translated RPython does. The codewriter lowered their
# + - * and unary minus as machine-word operations and int -> sized conversions as the same word,
# so under the JIT (blackhole, traces) r_uint8(250) + r_uint8(9) was 259, not 3. Also widen()
# and r_uint16(x) as values (bf-jit's head: r_uint16(widen(head) + shift)).
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver
from rpython.rlib.rarithmetic import build_int, widen, intmask

r_uint8 = build_int('r_uchar', False, 8)
r_int8 = build_int('r_char', True, 8)
r_int16 = build_int('r_short', True, 16)
r_uint16 = build_int('r_ushort', False, 16)
r_uint32 = build_int('r_uint32', False, 32)

driver = JitDriver(greens=[], reds='auto')


def run(n):
    a = r_uint8(250)
    b = r_int16(32000)
    c = r_uint8(3)
    d = r_int8(-100)
    e = r_uint32(4000000000)
    head = r_uint16(0)
    acc = 0
    i = 0
    while i < n:
        driver.jit_merge_point()
        a = a + c
        b = b * r_int16(3) + r_int16(i)
        c = c - r_uint8(7)
        a += r_uint8(1)
        d = -d - r_int8(29)
        e = e * r_uint32(3) + r_uint32(i)
        head = r_uint16(widen(head) - 13)
        if i % 5 == 0:
            b = r_int16(i * 1000)
        acc += widen(a) + widen(b) * 3 + widen(c) * 5 + widen(d) * 7 + widen(head)
        acc = intmask(acc + widen(e) % 1000)
        i += 1
    return acc, widen(a), widen(b), widen(c), widen(d), widen(e), widen(head)


def entry_point(argv):
    n = int(argv[1]) if len(argv) > 1 else 3000
    print(run(n))
    print(run(7))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
