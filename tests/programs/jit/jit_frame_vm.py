# A stack VM in the style of real RPython interpreters: code objects as greens, a frame as a
# virtualizable red with its stack and locals as arrays, calls that run the portal again for the
# callee (recursive portal), promote on the code's constants, exceptions raised by one frame and
# caught by a handler of a caller (across the portal), and a new frame object per call.
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver, promote, hint, elidable, unroll_safe, we_are_jitted

PUSH, LOAD, STORE, ADD, SUB, MUL, DIV, LT, JUMP, JIF, CALL, RET, PRINT, TRY, ENDTRY, THROW, DUP, POP = range(18)
NAMES = ["PUSH", "LOAD", "STORE", "ADD", "SUB", "MUL", "DIV", "LT", "JUMP", "JIF", "CALL", "RET",
         "PRINT", "TRY", "ENDTRY", "THROW", "DUP", "POP"]


class Code(object):
    _immutable_fields_ = ["name", "ops[*]", "nlocals", "nargs"]

    def __init__(self, name, ops, nargs, nlocals):
        self.name = name
        self.ops = ops
        self.nargs = nargs
        self.nlocals = nlocals


def get_location(pc, code):
    return "%s:%d %s" % (code.name, pc, NAMES[code.ops[pc]])


driver = JitDriver(greens=["pc", "code"], reds=["frame"], virtualizables=["frame"],
                   get_printable_location=get_location)


class VMError(Exception):
    def __init__(self, value):
        self.value = value


class Frame(object):
    _virtualizable_ = ["stack[*]", "sp", "locals[*]", "handlers[*]", "nhandlers"]

    def __init__(self, code):
        self = hint(self, access_directly=True, fresh_virtualizable=True)
        self.stack = [0] * 32
        self.sp = 0
        self.locals = [0] * code.nlocals
        self.handlers = [0] * 8
        self.nhandlers = 0

    def push(self, v):
        self.stack[self.sp] = v
        self.sp += 1

    def pop(self):
        self.sp -= 1
        return self.stack[self.sp]


CODES = []
OUT = []


@elidable
def code_at(i):
    return CODES[i]


@unroll_safe
def new_frame(caller, callee):
    frame = Frame(callee)
    i = callee.nargs - 1
    while i >= 0:
        frame.locals[i] = caller.pop()
        i -= 1
    return frame


def run(code, frame):
    pc = 0
    while True:
        driver.jit_merge_point(pc=pc, code=code, frame=frame)
        op = code.ops[pc]
        arg = code.ops[pc + 1]
        pc += 2
        if op == PUSH:
            frame.push(arg)
        elif op == LOAD:
            frame.push(frame.locals[arg])
        elif op == STORE:
            frame.locals[arg] = frame.pop()
        elif op == DUP:
            v = frame.pop()
            frame.push(v)
            frame.push(v)
        elif op == POP:
            frame.pop()
        elif op == ADD:
            b = frame.pop()
            a = frame.pop()
            frame.push(a + b)
        elif op == SUB:
            b = frame.pop()
            a = frame.pop()
            frame.push(a - b)
        elif op == MUL:
            b = frame.pop()
            a = frame.pop()
            frame.push(a * b)
        elif op == DIV:
            b = frame.pop()
            a = frame.pop()
            if b == 0:
                raise VMError(a)
            frame.push(a // b)
        elif op == LT:
            b = frame.pop()
            a = frame.pop()
            frame.push(1 if a < b else 0)
        elif op == JUMP:
            pc = arg
        elif op == JIF:
            if frame.pop() == 0:
                pc = arg
        elif op == CALL:
            callee = code_at(promote(arg))
            try:
                result = run(callee, new_frame(frame, callee))
            except VMError as e:
                if frame.nhandlers == 0:
                    raise
                frame.nhandlers -= 1
                pc = frame.handlers[frame.nhandlers]
                frame.push(e.value)
                continue
            frame.push(result)
        elif op == RET:
            return frame.pop()
        elif op == PRINT:
            OUT.append(str(frame.pop()))
        elif op == TRY:
            frame.handlers[frame.nhandlers] = arg
            frame.nhandlers += 1
        elif op == ENDTRY:
            frame.nhandlers -= 1
        elif op == THROW:
            v = frame.pop()
            if frame.nhandlers > 0:
                frame.nhandlers -= 1
                pc = frame.handlers[frame.nhandlers]
                frame.push(v)
            else:
                raise VMError(v)
        else:
            raise ValueError("bad op")


def assemble(text):
    ops = []
    for word in text.split():
        if word in NAMES:
            ops.append(NAMES.index(word))
        else:
            ops.append(int(word))
    return ops


# 0: main(n): sum over i < n of f(i), where f raises for i % 7 == 3 (caught in main, adds 1000)
MAIN = """
PUSH 0 STORE 1 PUSH 0 STORE 2
LOAD 2 LOAD 0 LT 0 JIF 46
TRY 26 LOAD 2 CALL 1 ENDTRY 0 JUMP 30
PUSH 1000 ADD 0
LOAD 1 ADD 0 STORE 1 LOAD 2 PUSH 1 ADD 0 STORE 2 JUMP 8
LOAD 1 PRINT 0 LOAD 1 RET 0
"""
# 1: f(i): 7 * i // (i % 7 - 3) computed with a loop for the modulo; throws from g when it is 3
F = """
LOAD 0 STORE 1
LOAD 1 PUSH 7 LT 0 JIF 14 JUMP 24
LOAD 1 PUSH 7 SUB 0 STORE 1 JUMP 4
LOAD 1 PUSH 3 SUB 0 CALL 2 RET 0
"""
# 2: g(d): 7000 // d, raises VMError(7000) when d == 0; d == 1 throws inside g and catches it
G = """
LOAD 0 PUSH 1 SUB 0 JIF 16 PUSH 7000 LOAD 0 DIV 0 RET 0
TRY 22 PUSH 5 THROW 0 PUSH 11 ADD 0 RET 0
"""


def entry_point(argv):
    n = 200
    if len(argv) > 1:
        n = int(argv[1])
    CODES.append(Code("main", assemble(MAIN), 1, 3))
    CODES.append(Code("f", assemble(F), 1, 2))
    CODES.append(Code("g", assemble(G), 1, 1))
    for k in [0, 1, 2, 3, 4, 10, n]:
        frame = Frame(CODES[0])
        frame.locals[0] = k
        try:
            r = run(CODES[0], frame)
            print(k, r)
        except VMError as e:
            print(k, "uncaught", e.value)
    print(len(OUT), OUT[-1], get_location(4, CODES[1]))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
