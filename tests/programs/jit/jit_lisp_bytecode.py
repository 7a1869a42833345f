# A tiny Lisp compiled to stack bytecode per function (greens=[pc, code]), frames with an owned
# stack (`[0] * 8`, docs/JIT.md 16) and an argument list, recursion through CALL into another
# function's code. The callee's code is promoted at its merge point (guard_value) after its
# frame and stack are made: a guard that may fail names them, so the stack stays a heap list
# (new_list) while the frame object is still built in the machine frame. Outputs in every mode.
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver

CONST, ARG, ADD, SUB, LT, JF, JMP, CALL, RET, MUL = range(10)


class Code(object):
    _immutable_fields_ = ["ops[*]", "name"]

    def __init__(self, name):
        self.ops = []
        self.name = name


def loc(pc, code):
    return "%s@%d" % (code.name, pc)


driver = JitDriver(greens=["pc", "code"], reds=["frame"], get_printable_location=loc)


class Frame(object):
    def __init__(self, args):
        self.args = args
        self.stack = [0] * 8
        self.sp = 0


def tokenize(s):
    return s.replace("(", " ( ").replace(")", " ) ").split()


def parse(tokens, i):
    if tokens[i] == "(":
        items = []
        i += 1
        while tokens[i] != ")":
            item, i = parse(tokens, i)
            items.append(item)
        return items, i + 1
    return tokens[i], i + 1


FUNCS = {}


def compile_expr(e, params, code):
    if isinstance(e, list):
        head = e[0]
        if head == "if":
            compile_expr(e[1], params, code)
            code.ops.extend([JF, 0])
            at = len(code.ops) - 1
            compile_expr(e[2], params, code)
            code.ops.extend([JMP, 0])
            at2 = len(code.ops) - 1
            code.ops[at] = len(code.ops)
            compile_expr(e[3], params, code)
            code.ops[at2] = len(code.ops)
            return
        ops = {"+": ADD, "-": SUB, "<": LT, "*": MUL}
        for a in e[1:]:
            compile_expr(a, params, code)
        if head in ops:
            code.ops.extend([ops[head], 0])
        else:
            code.ops.extend([CALL, len(e) - 1])
            code.ops.append(FUNCS[head])
        return
    if e in params:
        code.ops.extend([ARG, params.index(e)])
    else:
        code.ops.extend([CONST, int(e)])


def interpret(code, args):
    frame = Frame(args)
    pc = 0
    while True:
        driver.jit_merge_point(pc=pc, code=code, frame=frame)
        op = code.ops[pc]
        x = code.ops[pc + 1]
        pc += 2
        if op == CONST:
            frame.stack[frame.sp] = x
            frame.sp += 1
        elif op == ARG:
            frame.stack[frame.sp] = frame.args[x]
            frame.sp += 1
        elif op == ADD or op == SUB or op == LT or op == MUL:
            frame.sp -= 1
            b = frame.stack[frame.sp]
            a = frame.stack[frame.sp - 1]
            if op == ADD:
                r = a + b
            elif op == SUB:
                r = a - b
            elif op == MUL:
                r = a * b
            else:
                r = 1 if a < b else 0
            frame.stack[frame.sp - 1] = r
        elif op == JF:
            frame.sp -= 1
            if frame.stack[frame.sp] == 0:
                pc = x
        elif op == JMP:
            pc = x
        elif op == CALL:
            target = code.ops[pc]
            pc += 1
            args = [0] * x
            for k in range(x):
                frame.sp -= 1
                args[x - 1 - k] = frame.stack[frame.sp]
            frame.stack[frame.sp] = interpret(CODES[target], args)
            frame.sp += 1
        elif op == RET:
            frame.sp -= 1
            return frame.stack[frame.sp]


CODES = []


def define(src):
    tree, _ = parse(tokenize(src), 0)  # (define (name params...) body)
    name = tree[1][0]
    params = tree[1][1:]
    FUNCS[name] = len(CODES)
    code = Code(name)
    CODES.append(code)
    compile_expr(tree[2], params, code)
    code.ops.extend([RET, 0])


define("(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))")
define("(define (ack m n) (if (< m 1) (+ n 1) (if (< n 1) (ack (- m 1) 1) (ack (- m 1) (ack m (- n 1))))))")
define("(define (sq x) (* x x))")
define("(define (sumsq n acc) (if (< n 1) acc (sumsq (- n 1) (+ acc (sq n)))))")


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 20
    print(interpret(CODES[FUNCS["fib"]], [n]))
    print(interpret(CODES[FUNCS["ack"]], [2, 30]))
    print(interpret(CODES[FUNCS["sumsq"]], [300, 0]))
    return 0


main(sys.argv)
