"""A small stack virtual machine with JIT hints: the second example interpreter of rpy's
tracing JIT (docs/JIT.md), after the BF interpreter of examples/bf.

    rpy translate --opt=jit stackvm.py && ./stackvm-c primes.svm
    python2 stackvm.py primes.svm

A program is text, one instruction per line (`#` starts a comment, `name:` defines a label):

    push N       push the integer N
    load V       push variable V (0..15)
    store V      pop into variable V
    add sub mul div mod lt eq      pop b, pop a, push a OP b (div and mod floor, as Python's)
    dup  pop  swap
    jump L       continue at label L
    jumpif L     pop; continue at label L when the value is not 0
    jumpifnot L  pop; continue at label L when the value is 0
    print        pop and print the value
    halt         stop

The assembler turns it into a string of bytes (an opcode, then a 16-bit argument for those that
take one), so that the bytecode and the position in it, the JitDriver's green variables, make
every instruction fetch a constant in a trace. The reds are the stack (a list of ints with the
index of its top) and the variables. `can_enter_jit` marks the backward jumps: the user's loops.
"""

import os

try:
    from rpython.rlib.jit import JitDriver
except ImportError:
    class JitDriver(object):
        def __init__(self, **kw):
            pass

        def jit_merge_point(self, **kw):
            pass

        def can_enter_jit(self, **kw):
            pass

PUSH, LOAD, STORE, ADD, SUB, MUL, DIV, MOD, LT, EQ, DUP, POP, SWAP, JUMP, JUMPIF, JUMPIFNOT, PRINT, HALT = range(18)

NAMES = ["push", "load", "store", "add", "sub", "mul", "div", "mod", "lt", "eq", "dup", "pop",
         "swap", "jump", "jumpif", "jumpifnot", "print", "halt"]
WITH_ARG = [PUSH, LOAD, STORE, JUMP, JUMPIF, JUMPIFNOT]
NUM_VARS = 16
STACK_SIZE = 256


def get_location(pc, code):
    op = ord(code[pc])
    text = "%d: %s" % (pc, NAMES[op])
    if op in WITH_ARG:
        text += " %d" % arg_at(code, pc)
    return text


jitdriver = JitDriver(greens=['pc', 'code'], reds=['sp', 'stack', 'variables'],
                      get_printable_location=get_location)


def arg_at(code, pc):
    value = ord(code[pc + 1]) | (ord(code[pc + 2]) << 8)
    if value >= 32768:
        value -= 65536
    return value


class AsmError(Exception):
    def __init__(self, message):
        self.message = message


def assemble(text):
    """Two passes over the lines: label positions, then the bytes."""
    lines = []
    labels = {}
    pc = 0
    for raw in text.split("\n"):
        hash_at = raw.find("#")
        if hash_at >= 0:
            raw = raw[:hash_at]
        words = raw.split()
        if len(words) == 0:
            continue
        if len(words) == 1 and words[0].endswith(":"):
            labels[words[0][:len(words[0]) - 1]] = pc
            continue
        if words[0] not in NAMES:
            raise AsmError("unknown instruction: " + words[0])
        op = NAMES.index(words[0])
        lines.append(words)
        pc += 3 if op in WITH_ARG else 1
    out = []
    for words in lines:
        op = NAMES.index(words[0])
        out.append(chr(op))
        if op in WITH_ARG:
            if len(words) != 2:
                raise AsmError(words[0] + " takes one argument")
            if op == JUMP or op == JUMPIF or op == JUMPIFNOT:
                if words[1] not in labels:
                    raise AsmError("unknown label: " + words[1])
                value = labels[words[1]]
            else:
                value = int(words[1])
            if value < -32768 or value > 32767:
                raise AsmError("argument out of range: " + words[1])
            if value < 0:
                value += 65536
            out.append(chr(value & 0xFF))
            out.append(chr(value >> 8))
    return "".join(out)


def run(code):
    stack = [0] * STACK_SIZE
    variables = [0] * NUM_VARS
    sp = 0
    pc = 0
    while pc < len(code):
        jitdriver.jit_merge_point(pc=pc, code=code, sp=sp, stack=stack, variables=variables)
        op = ord(code[pc])
        pc += 1
        if op == PUSH:
            stack[sp] = arg_at(code, pc - 1)
            sp += 1
            pc += 2
        elif op == LOAD:
            stack[sp] = variables[arg_at(code, pc - 1)]
            sp += 1
            pc += 2
        elif op == STORE:
            sp -= 1
            variables[arg_at(code, pc - 1)] = stack[sp]
            pc += 2
        elif op == DUP:
            stack[sp] = stack[sp - 1]
            sp += 1
        elif op == POP:
            sp -= 1
        elif op == SWAP:
            a = stack[sp - 1]
            stack[sp - 1] = stack[sp - 2]
            stack[sp - 2] = a
        elif op == JUMP or op == JUMPIF or op == JUMPIFNOT:
            target = arg_at(code, pc - 1)
            pc += 2
            if op != JUMP:
                sp -= 1
                value = stack[sp]
                if (op == JUMPIF) != (value != 0):
                    continue
            if target < pc:
                pc = target
                jitdriver.can_enter_jit(pc=pc, code=code, sp=sp, stack=stack, variables=variables)
            else:
                pc = target
        elif op == PRINT:
            sp -= 1
            os.write(1, "%d\n" % stack[sp])
        elif op == HALT:
            break
        else:
            sp -= 1
            b = stack[sp]
            a = stack[sp - 1]
            if op == ADD:
                r = a + b
            elif op == SUB:
                r = a - b
            elif op == MUL:
                r = a * b
            elif op == DIV:
                r = a // b
            elif op == MOD:
                r = a % b
            elif op == LT:
                r = 1 if a < b else 0
            else:
                r = 1 if a == b else 0
            stack[sp - 1] = r


def read_file(name):
    fd = os.open(name, os.O_RDONLY, 0o777)
    text = ""
    while True:
        chunk = os.read(fd, 4096)
        if len(chunk) == 0:
            break
        text += chunk
    os.close(fd)
    return text


def entry_point(argv):
    if len(argv) < 2:
        os.write(2, "usage: stackvm PROGRAM.svm\n")
        return 1
    try:
        code = assemble(read_file(argv[1]))
    except AsmError as e:
        os.write(2, "stackvm: %s\n" % e.message)
        return 1
    except OSError:
        os.write(2, "stackvm: cannot read %s\n" % argv[1])
        return 1
    run(code)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
