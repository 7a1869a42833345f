# jit: threshold=3
# pypylog: jit-log-opt
# Bytearray items and sized ints in an optimized loop (jit20): tape[i] is a one-byte
# getarrayitem_gc / setarrayitem_gc of the bytearray's data (ByteArray.data) after the index's
# guard against its length (the List.len field: the same offset), the stored value masked to
# 0..255 first (int_and 255: the heap cache hands it to the read that follows); r_uint16(x) is an
# int_and of 65535 and r_int8(x) a sign extension, no residual call; a Python 3 bytes' item is a
# strgetitem (a Python 3 script: no target()).
from rpython.rlib.jit import JitDriver
from rpython.rlib.rarithmetic import build_int, widen

r_uint16 = build_int('r_ushort', False, 16)
r_int8 = build_int('r_char', True, 8)

driver = JitDriver(greens=[], reds=["tape", "head", "n", "total", "code", "s"])


def run(n):
    tape = bytearray(16)
    code = b"\x05\x07\x09\x0b"
    head = r_uint16(3)
    total = 0
    s = r_int8(0)
    while n > 0:
        driver.jit_merge_point(tape=tape, head=head, n=n, total=total, code=code, s=s)
        tape[head] = (tape[head] + code[n & 3]) & 0xFF
        total += tape[head] + tape[head - 1]
        s = r_int8(widen(s) + 100)
        head = r_uint16(widen(head) ^ 1)
        n -= 1
    return total, widen(s), tape[2], tape[3]


if __name__ == "__main__":
    print(run(40))
