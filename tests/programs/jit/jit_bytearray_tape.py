# python2
# A BF-style interpreter as bf-jit (primo-ppcg/bf-jit) writes it: the tape a bytearray, the head
# an r_uint16 from rarithmetic.build_int (wrapping at 65536, as translated RPython does), the
# output appended through a list's bound append method kept in a variable, reds='auto'. The
# codewriter gave bytearrays (and Python 3 bytes, and bound methods of builtin types) no register:
# the tape was not a red, helpers read it from nowhere and the binary crashed under the JIT.
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver
from rpython.rlib.rarithmetic import build_int, widen

r_uint16 = build_int('r_short', False, 16)

jitdriver = JitDriver(greens=['pc', 'program'], reds='auto')


def run(program, steps):
    pc = 0
    tape = bytearray("\0" * 65536)
    head = r_uint16(0)
    out = []
    emit = out.append
    count = 0
    while pc < len(program):
        jitdriver.jit_merge_point(pc=pc, program=program)
        c = program[pc]
        if c == "+":
            tape[head] = (tape[head] + 3) & 0xFF
        elif c == "-":
            tape[head] = (tape[head] + 255) % 256
        elif c == ">":
            head = r_uint16(widen(head) + 1)
        elif c == "<":
            head = r_uint16(widen(head) - 1)
        elif c == ".":
            emit(tape[head])
        elif c == "]":
            count += 1
            if tape[head] % 7 != 0 and count < steps:
                pc = 0
                continue
        pc += 1
    return out, count, widen(head), len(tape)


def entry_point(argv):
    steps = int(argv[1]) if len(argv) > 1 else 2000
    out, count, head, n = run("+>++<-.<<+.>>>+.]", steps)
    print(len(out), sum(out), out[:12], count, head, n)
    out, count, head, n = run("-<.+.>>.]", steps)
    print(len(out), sum(out), out[-5:], count, head, n)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
