# A toy bytecode VM whose CALL instruction runs the interpreter recursively (the portal calls
# itself). With the JIT, a trace that reaches such a call traces the callee's code up to its merge
# point and calls the callee's compiled code from there (call_assembler, docs/JIT.md 7.7). Covered:
# a recursive fib (the callee is the key being traced), a call site whose argument count changes
# (guards in the inlined prelude that fail, and bridges from them), a callee with a loop of its
# own, a prelude that returns before the merge point (builtins), a prelude with a side effect
# (counted once per call), a callee that raises (caught by the caller's instruction, or leaving
# the whole run), and a second driver whose portal returns None.
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["pc", "func"], reds=["frame", "vm"])

PUSH, LOAD, STORE, ADD, SUB, LT, JIF, JUMP, CALL, TRYCALL, RAISE, RET, DUP = range(13)


class VMError(Exception):
    def __init__(self, msg):
        self.msg = msg


class Func(object):
    _immutable_fields_ = ["name", "code[*]", "builtin"]

    def __init__(self, name, code, builtin=False):
        self.name = name
        self.code = code
        self.builtin = builtin


class Frame(object):
    def __init__(self):
        self.locals = [0] * 8
        self.stack = []

    def push(self, v):
        self.stack.append(v)

    def pop(self):
        return self.stack.pop()


class VM(object):
    def __init__(self):
        self.funcs = []
        self.calls = 0


def call_builtin(func, args):
    total = 0
    for a in args:
        total += a
    return total * 10 + len(args)


def interpret(vm, func, args):
    vm.calls += 1
    if func.builtin:
        return call_builtin(func, args)
    frame = Frame()
    for i in range(len(args)):
        frame.locals[i] = args[i]
    frame.locals[7] = len(args)
    pc = 0
    while True:
        driver.jit_merge_point(pc=pc, func=func, frame=frame, vm=vm)
        op = func.code[pc]
        arg = func.code[pc + 1]
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
        elif op == ADD:
            b = frame.pop()
            frame.push(frame.pop() + b)
        elif op == SUB:
            b = frame.pop()
            frame.push(frame.pop() - b)
        elif op == LT:
            b = frame.pop()
            frame.push(1 if frame.pop() < b else 0)
        elif op == JIF:
            if frame.pop() == 0:
                pc = arg
        elif op == JUMP:
            pc = arg
        elif op == CALL or op == TRYCALL:
            callee = vm.funcs[arg]
            n = frame.pop()
            cargs = [0] * n
            for i in range(n):
                cargs[n - 1 - i] = frame.pop()
            if op == CALL:
                frame.push(interpret(vm, callee, cargs))
            else:
                try:
                    frame.push(interpret(vm, callee, cargs))
                except VMError as e:
                    frame.push(-len(e.msg))
        elif op == RAISE:
            raise VMError("raised %d" % frame.pop())
        elif op == RET:
            return frame.pop()


# A second interpreter: a countdown that records into a list and returns None.
driver2 = JitDriver(greens=["depth"], reds=["n", "out", "k"])


def countdown(depth, n, out):
    if n <= 0:
        return
    out.append(n * 100 + depth)
    k = n
    while k > 0:
        driver2.jit_merge_point(depth=depth, n=n, out=out, k=k)
        if k % 5 == 0:
            countdown(depth + 1, k // 5 - 1, out)
        k -= 1
    out.append(-depth)


NAMES = ["PUSH", "LOAD", "STORE", "ADD", "SUB", "LT", "JIF", "JUMP", "CALL", "TRYCALL", "RAISE", "RET", "DUP"]


def assemble(text):
    # "OP ARG" or "OP" separated by ";", and "label:" (an ARG that is not a number is a label)
    items = [t.strip() for t in text.split(";")]
    labels = {}
    pc = 0
    for it in items:
        if it.endswith(":"):
            labels[it[:-1]] = pc
        elif it:
            pc += 2
    code = []
    for it in items:
        if not it or it.endswith(":"):
            continue
        words = it.split(" ")
        code.append(NAMES.index(words[0]))
        if len(words) == 1:
            code.append(0)
        elif words[1].isdigit():
            code.append(int(words[1]))
        else:
            code.append(labels[words[1]])
    return code


def build(vm):
    # 0 fib(n): n < 2 ? n : fib(n - 1) + fib(n - 2)
    vm.funcs.append(Func("fib", assemble("LOAD 0; PUSH 2; LT; JIF rec; LOAD 0; RET; rec:; LOAD 0; PUSH 1; SUB; PUSH 1; CALL 0; LOAD 0; PUSH 2; SUB; PUSH 1; CALL 0; ADD; RET")))
    # 1 vsum(a, k): a added k times (a loop of the callee's own)
    vm.funcs.append(Func("vsum", assemble("PUSH 0; STORE 5; PUSH 0; STORE 6; loop:; LOAD 6; LOAD 1; LT; JIF end; LOAD 5; LOAD 0; ADD; STORE 5; LOAD 6; PUSH 1; ADD; STORE 6; JUMP loop; end:; LOAD 5; RET")))
    # 2 builtin: sum(args) * 10 + len(args), returned before the merge point
    vm.funcs.append(Func("builtin", [], True))
    # 3 checked(x): raises for x < 0, else x + 1
    vm.funcs.append(Func("checked", assemble("LOAD 0; PUSH 0; LT; JIF ok; LOAD 0; RAISE; ok:; LOAD 0; PUSH 1; ADD; RET")))
    # 4 main(n, _, _, off, fiblimit, limit): locals 1 = i, 2 = acc; while i < n: acc += builtin(i, i)
    # or builtin(i, i, i) (one call site, 2 or 3 arguments: i < off); acc += builtin(i);
    # acc += vsum(i, 5); acc += checked(i - off), its VMError caught here; acc += fib(i) while
    # i < fiblimit, else i; i += 1; checked(limit - i), not caught here
    vm.funcs.append(Func("main", assemble("PUSH 0; STORE 1; PUSH 0; STORE 2; loop:; LOAD 1; LOAD 0; LT; JIF end; LOAD 1; LOAD 1; LOAD 1; LOAD 1; LOAD 3; LT; PUSH 2; ADD; CALL 2; LOAD 2; ADD; STORE 2; LOAD 1; PUSH 1; CALL 2; LOAD 2; ADD; STORE 2; LOAD 1; PUSH 5; PUSH 2; CALL 1; LOAD 2; ADD; STORE 2; LOAD 1; LOAD 3; SUB; PUSH 1; TRYCALL 3; LOAD 2; ADD; STORE 2; LOAD 1; LOAD 1; LOAD 4; LT; JIF nofib; PUSH 1; CALL 0; nofib:; LOAD 2; ADD; STORE 2; LOAD 1; PUSH 1; ADD; STORE 1; LOAD 5; LOAD 1; SUB; PUSH 1; CALL 3; STORE 6; JUMP loop; end:; LOAD 2; RET")))


def entry_point(argv):
    n = 3000
    if len(argv) > 1:
        n = int(argv[1])
    vm = VM()
    build(vm)
    print("fib", interpret(vm, vm.funcs[0], [15]))
    print("main", interpret(vm, vm.funcs[4], [n, 0, 0, n // 2, 12, 10 * n]))
    print("calls", vm.calls)
    try:
        interpret(vm, vm.funcs[3], [-5])
        print("no error")
    except VMError as e:
        print("error", e.msg)
    try:
        print("main", interpret(vm, vm.funcs[4], [n, 0, 0, n + 5, 3, n - 3]))
    except VMError as e:
        print("error", e.msg)
    out = []
    for d in range(3):
        countdown(d, 30 + d, out)
    total = 0
    for v in out:
        total = total * 31 + v
        total = total % 1000000007
    print("countdown", len(out), total)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
