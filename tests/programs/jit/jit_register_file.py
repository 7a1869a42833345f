# A register VM in the style of RPython users: a Frame whose register file is an owned list of 16
# (`[0] * 16`, its first register set in __init__), code as parallel lists of ints with immutable
# items, a recursive CALL, greens=[pc, code]. The JIT builds each callee's frame and register
# file in the caller's machine frame (docs/JIT.md 16): the index guard of `self.regs[0] = arg`
# on the fresh list cannot fail, so its resume data may name the list (virtualize.cpp,
# passing_index_guards; before, the list stayed a heap allocation per call).
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver, promote

LOADI, ADD, SUB, MUL, JLT, JMP, CALL, RET, MOV, ADDI = range(10)

driver = JitDriver(greens=["pc", "code"], reds=["frame"], get_printable_location=lambda pc, code: "pc=%d" % pc)


class Code(object):
    _immutable_fields_ = ["ops[*]", "a[*]", "b[*]", "c[*]"]

    def __init__(self, ops, a, b, c):
        self.ops = ops
        self.a = a
        self.b = b
        self.c = c


class Frame(object):
    def __init__(self, arg):
        self.regs = [0] * 16
        self.regs[0] = arg


def run(code, arg):
    frame = Frame(arg)
    pc = 0
    while True:
        driver.jit_merge_point(pc=pc, code=code, frame=frame)
        op = code.ops[pc]
        a = code.a[pc]
        b = code.b[pc]
        c = code.c[pc]
        pc += 1
        if op == LOADI:
            frame.regs[a] = b
        elif op == ADD:
            frame.regs[a] = frame.regs[b] + frame.regs[c]
        elif op == ADDI:
            frame.regs[a] = frame.regs[b] + c
        elif op == SUB:
            frame.regs[a] = frame.regs[b] - frame.regs[c]
        elif op == MUL:
            frame.regs[a] = frame.regs[b] * frame.regs[c]
        elif op == MOV:
            frame.regs[a] = frame.regs[b]
        elif op == JLT:
            if frame.regs[a] < frame.regs[b]:
                pc = c
        elif op == JMP:
            pc = a
        elif op == CALL:
            frame.regs[a] = run(code, frame.regs[b])
        elif op == RET:
            return frame.regs[a]


def assemble(prog):
    ops, a, b, c = [], [], [], []
    for ins in prog:
        ops.append(ins[0])
        a.append(ins[1])
        b.append(ins[2])
        c.append(ins[3])
    return Code(ops, a, b, c)


# f(n): if n < 2: return n; s = 0; i = 0; while i < n: s += i*i; i += 1; return f(n-1) + f(n-2) + s % 7
PROG = assemble([
    (LOADI, 1, 2, 0),      # 0 r1 = 2
    (JLT, 0, 1, 15),       # 1 if r0 < r1 goto 15
    (LOADI, 2, 0, 0),      # 2 s = 0
    (LOADI, 3, 0, 0),      # 3 i = 0
    (JLT, 3, 0, 6),        # 4 if i < n goto 6
    (JMP, 9, 0, 0),        # 5 goto 9
    (MUL, 4, 3, 3),        # 6 r4 = i*i
    (ADD, 2, 2, 4),        # 7 s += r4
    (ADDI, 3, 3, 1),       # 8 i += 1 ; falls to 9? no: loop
    (JLT, 3, 0, 6),        # 9 if i < n goto 6
    (ADDI, 5, 0, -1),      # 10 r5 = n - 1
    (CALL, 6, 5, 0),       # 11 r6 = f(r5)
    (ADDI, 5, 0, -2),      # 12 r5 = n - 2
    (CALL, 7, 5, 0),       # 13 r7 = f(r5)
    (JMP, 16, 0, 0),       # 14
    (RET, 0, 0, 0),        # 15 return n
    (ADD, 6, 6, 7),        # 16
    (LOADI, 8, 7, 0),      # 17
    (ADD, 6, 6, 2),        # 18  (s, no modulo op: plain add)
    (RET, 6, 0, 0),        # 19
])


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 18
    for k in range(n - 3, n + 1):
        print(k, run(PROG, k))
    return 0


main(sys.argv)
