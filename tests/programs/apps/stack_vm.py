from __future__ import print_function
import os, sys

SOURCE = """
    push 0
    store i
    push 1
    store acc
loop:
    load i
    push 10
    lt
    jz end
    load acc
    push 3
    mul
    push 1000003
    mod
    store acc
    load i
    push 1
    add
    store i
    jmp loop
end:
    load acc
    print
    push 7
    push 0
    div
    print
"""


class VMError(Exception):
    def __init__(self, msg, pc):
        self.msg = msg
        self.pc = pc


class Instr(object):
    def __init__(self, op, arg, name):
        self.op = op
        self.arg = arg
        self.name = name


def assemble(src):
    labels = {}
    raw = []
    for line in src.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(raw)
            continue
        raw.append(line.split())
    prog = []
    for parts in raw:
        op = parts[0]
        arg = 0
        name = ""
        if len(parts) > 1:
            if op in ("jmp", "jz"):
                arg = labels[parts[1]]
            elif op in ("load", "store"):
                name = parts[1]
            else:
                arg = int(parts[1])
        prog.append(Instr(op, arg, name))
    return prog


def execute(prog, out):
    stack = []
    env = {}
    pc = 0
    steps = 0
    while pc < len(prog):
        ins = prog[pc]
        pc += 1
        steps += 1
        op = ins.op
        if op == "push":
            stack.append(ins.arg)
        elif op == "load":
            stack.append(env[ins.name])
        elif op == "store":
            env[ins.name] = stack.pop()
        elif op == "print":
            out.append(str(stack.pop()))
        elif op == "jmp":
            pc = ins.arg
        elif op == "jz":
            if stack.pop() == 0:
                pc = ins.arg
        else:
            b = stack.pop()
            a = stack.pop()
            if op == "add":
                stack.append(a + b)
            elif op == "mul":
                stack.append(a * b)
            elif op == "mod":
                stack.append(a % b)
            elif op == "lt":
                stack.append(1 if a < b else 0)
            elif op == "div":
                if b == 0:
                    raise VMError("division by zero", pc - 1)
                stack.append(a // b)
            else:
                raise VMError("bad op " + op, pc - 1)
    return steps


def entry_point(argv):
    prog = assemble(SOURCE)
    print(len(prog), "instructions")
    out = []
    try:
        execute(prog, out)
    except VMError as e:
        print("VMError at", e.pc, ":", e.msg)
    print(out)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
