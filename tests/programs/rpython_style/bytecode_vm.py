# python2
# A small stack-machine interpreter in the style of RPython language tutorials.
import os
from rpython.rlib.jit import JitDriver, elidable, promote, hint
from rpython.rlib.objectmodel import we_are_translated

OPCODES = ['LOAD_CONST', 'LOAD_VAR', 'STORE_VAR', 'ADD', 'SUB', 'MUL', 'LT',
           'JUMP_IF_FALSE', 'JUMP', 'PRINT', 'HALT', 'DUP', 'POP']
for _i, _name in enumerate(OPCODES):
    globals()[_name] = _i
OPNAMES = {}
for _i, _name in enumerate(OPCODES):
    OPNAMES[_i] = _name

def get_location(pc, code):
    return "%d:%s" % (pc, OPNAMES[ord(code[pc])])

jitdriver = JitDriver(greens=['pc', 'code'], reds=['frame'],
                      get_printable_location=get_location)


class Code(object):
    _immutable_fields_ = ['bytecode', 'consts[*]', 'nvars']

    def __init__(self, bytecode, consts, nvars):
        self.bytecode = bytecode
        self.consts = consts
        self.nvars = nvars

    @elidable
    def const(self, i):
        return self.consts[i]


class Frame(object):
    _attrs_ = ['stack', 'sp', 'vars']

    def __init__(self, nvars):
        self.stack = [0] * 32
        self.sp = 0
        self.vars = [0] * nvars

    def push(self, v):
        self.stack[self.sp] = v
        self.sp += 1

    def pop(self):
        self.sp -= 1
        assert self.sp >= 0
        return self.stack[self.sp]


def run(code):
    frame = Frame(code.nvars)
    pc = 0
    bc = code.bytecode
    while True:
        jitdriver.jit_merge_point(pc=pc, code=bc, frame=frame)
        op = ord(bc[pc])
        arg = ord(bc[pc + 1])
        pc += 2
        if op == LOAD_CONST:
            frame.push(code.const(arg))
        elif op == LOAD_VAR:
            frame.push(frame.vars[arg])
        elif op == STORE_VAR:
            frame.vars[arg] = frame.pop()
        elif op == ADD:
            b = frame.pop(); a = frame.pop()
            frame.push(a + b)
        elif op == SUB:
            b = frame.pop(); a = frame.pop()
            frame.push(a - b)
        elif op == MUL:
            b = frame.pop(); a = frame.pop()
            frame.push(a * b)
        elif op == LT:
            b = frame.pop(); a = frame.pop()
            frame.push(1 if a < b else 0)
        elif op == JUMP_IF_FALSE:
            if frame.pop() == 0:
                pc = arg
        elif op == JUMP:
            if arg < pc:
                jitdriver.can_enter_jit(pc=arg, code=bc, frame=frame)
            pc = arg
        elif op == PRINT:
            os.write(1, "%d\n" % frame.pop())
        elif op == DUP:
            v = frame.pop()
            frame.push(v)
            frame.push(v)
        elif op == POP:
            frame.pop()
        elif op == HALT:
            break
        else:
            raise ValueError("bad opcode %d" % op)
    return frame.vars[0]


def assemble(src):
    out = []
    for line in src.split('\n'):
        line = line.strip()
        if not line:
            continue
        parts = line.split(' ')
        out.append(chr(globals()[parts[0]]))
        out.append(chr(int(parts[1]) if len(parts) > 1 else 0))
    return ''.join(out)

# assembled at import time
FACT = assemble("""
LOAD_CONST 0
STORE_VAR 0
LOAD_CONST 1
STORE_VAR 1
LOAD_VAR 1
LOAD_CONST 2
LT
JUMP_IF_FALSE 34
LOAD_VAR 0
LOAD_VAR 1
MUL
STORE_VAR 0
LOAD_VAR 1
LOAD_CONST 1
ADD
STORE_VAR 1
JUMP 8
LOAD_VAR 0
PRINT
HALT
""")


def entry_point(argv):
    n = 10
    if len(argv) > 1:
        n = int(argv[1])
    code = Code(FACT, [1, 1, n + 1], 2)
    res = run(code)
    if we_are_translated():
        os.write(1, "translated\n")
    else:
        os.write(1, "translated\n")
    os.write(1, "result %d\n" % res)
    return 0


def target(driver, args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
