# python2
# Bytearray items and sized ints as native trace operations (jit20): bytearray[i] reads and
# writes are getarrayitem/setarrayitem of one byte with the index's guards (negative indexes from
# the end, IndexError as the interpreter raises it), a store keeps the value modulo 256 (its
# values here stay in 0..255, as python2.7 requires), and a read after a write in the same
# iteration comes from the heap cache; conversions to sized ints are a mask or a sign extension,
# and + - * & | ^ ~ and unary minus of sized ints are word operations then that wrap.
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver
from rpython.rlib.rarithmetic import build_int, widen, r_uint, intmask

r_uint8 = build_int('r_uchar', False, 8)
r_int8 = build_int('r_char', True, 8)
r_int16 = build_int('r_short', True, 16)
r_uint16 = build_int('r_ushort', False, 16)
r_int32 = build_int('r_int32', True, 32)

driver = JitDriver(greens=['pc', 'program'], reds='auto')


def tape_machine(program, n):
    # A BF-like machine: the tape a bytearray, the head an r_uint16 wrapping at 65536.
    tape = bytearray(b"\0" * 65536)
    head = r_uint16(0)
    pc = 0
    total = 0
    laps = 0
    while pc < len(program):
        driver.jit_merge_point(pc=pc, program=program)
        c = program[pc]
        if c == "+":
            tape[head] = (tape[head] + 7) & 0xFF
            tape[head + 1] = (tape[head] + tape[head + 1]) % 256  # read back what was just written
        elif c == "-":
            tape[head] = (tape[head] + 255) & 0xFF
        elif c == ">":
            head = r_uint16(widen(head) + 3)
        elif c == "<":
            head = r_uint16(widen(head) - 5)  # below 0: wraps to the tape's far end
        elif c == "e":
            tape[-1] = (tape[-2] ^ tape[-1] ^ 0x5A) & 0xFF  # negative indexes: from the end
            total += tape[-1]
        elif c == "c":
            tape[widen(head) % 8] = 'a' if tape[head] & 1 else 'z'  # a char's code
        elif c == "u":
            tape[2] = r_uint(tape[2] * 3 + 1) & r_uint(0xFF)
        elif c == ".":
            total += tape[head] * 3 + tape[head + 1]
        elif c == "]":
            laps += 1
            if laps < n:
                pc = 0
                continue
        pc += 1
    tail = 0
    for k in range(65500, 65536):
        tail += tape[k]
    return total, laps, widen(head), tape[0], tape[2], tape[5], tape[65535], tape[65534], tail


sized_driver = JitDriver(greens=[], reds='auto')


def sized(n):
    a = r_uint8(0)
    b = r_int8(0)
    c = r_int16(0)
    d = r_int32(0)
    acc = 0
    i = 0
    while i < n:
        sized_driver.jit_merge_point()
        a = r_uint8(i * 37 - 1000)  # an int below 0 and above 255 to a width of 8
        b = r_int8(i * 91)  # 0..255 as -128..127
        c = r_int16(widen(c) + i * 4099)
        d = r_int32(widen(d) * 7 + i)
        x = ~b  # stays an r_int8
        y = -a  # wraps to 0..255
        z = (a ^ r_uint8(0xA5)) | r_uint8(i & 3)
        w = c & r_int16(-256)
        v = r_uint8(widen(b))  # a negative r_int8 to an r_uint8
        u = r_int8(widen(a))  # an r_uint8 above 127 to an r_int8
        acc = intmask(acc * 31 + widen(a) + widen(b) * 3 + widen(c) * 5 + widen(d) * 7)
        acc = intmask(acc + widen(x) * 11 + widen(y) * 13 + widen(z) + widen(w) + widen(v) + widen(u))
        i += 1
    return acc, widen(a), widen(b), widen(c), widen(d)


index_driver = JitDriver(greens=[], reds='auto')


def out_of_range(n):
    buf = bytearray(b"0123456789")
    caught = 0
    last = ""
    i = 0
    while i < n:
        index_driver.jit_merge_point()
        k = i % 14 - 2  # -2 .. 11: the last two out of range
        try:
            if i % 2:
                buf[k] = (buf[k] + 1) & 0xFF
            else:
                caught += buf[k] - 48
        except IndexError as e:
            caught += 1000
            last = str(e)
        i += 1
    return caught, last, str(buf)


def entry_point(argv):
    n = int(argv[1]) if len(argv) > 1 else 400
    print(tape_machine("+>+.e+<c-.u>>+.]", n))
    print(tape_machine("<+.>e]", 7))
    print(sized(n * 5))
    print(sized(3))
    print(out_of_range(n))
    print(out_of_range(13))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
