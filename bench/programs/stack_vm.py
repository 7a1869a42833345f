"""A stack-machine bytecode interpreter: a small assembler turns a program
written in assembly text (labels, functions, recursion, loops) into a list of
integers, and a VM class runs it with an operand stack and call frames.  The
program computes sum(fib(15 + i % 10) for i in range(N)) with a recursive fib
and a gcd loop, and the VM counts the instructions it executes.

    python3 stack_vm.py N
"""
import sys

OPCODES = ["push", "load", "store", "add", "sub", "mul", "mod", "lt", "eq",
           "jump", "jumpif", "jumpifnot", "call", "ret", "pop", "dup", "halt"]
PUSH, LOAD, STORE, ADD, SUB, MUL, MOD, LT, EQ, JUMP, JUMPIF, JUMPIFNOT, CALL, RET, POP, DUP, HALT = range(len(OPCODES))

SOURCE = """
; main(n): total = sum(fib(15 + i % 10) + gcd(i, 360) for i in range(n))
main:   .locals 3           ; 0 = n, 1 = i, 2 = total
        push 0
        store 1
        push 0
        store 2
loop:   load 1
        load 0
        lt
        jumpifnot done
        load 2
        push 15
        load 1
        push 10
        mod
        add
        call fib
        add
        load 1
        push 360
        call gcd
        add
        store 2
        load 1
        push 1
        add
        store 1
        jump loop
done:   load 2
        halt

; fib(n): the recursive definition
fib:    .args 1
        load 0
        push 2
        lt
        jumpif small
        load 0
        push 1
        sub
        call fib
        load 0
        push 2
        sub
        call fib
        add
        ret
small:  load 0
        ret

; gcd(a, b): Euclid's loop
gcd:    .args 2
again:  load 1
        push 0
        eq
        jumpif found
        load 1
        load 0
        load 1
        mod
        store 1
        store 0
        jump again
found:  load 0
        ret
"""


class AssemblyError(Exception):
    pass


class Function(object):
    def __init__(self, name, address):
        self.name = name
        self.address = address
        self.args = 0
        self.locals = 0


class Program(object):
    def __init__(self, code, functions):
        self.code = code
        self.functions = functions


def assemble(source):
    """Two passes: find labels and functions, then encode."""
    lines = []
    for raw in source.split("\n"):
        line = raw.split(";")[0].strip()
        if line:
            lines.append(line)
    labels = {}
    functions = []
    by_name = {}
    address = 0
    statements = []
    for line in lines:
        if ":" in line:
            label, line = line.split(":", 1)
            label = label.strip()
            line = line.strip()
            labels[label] = address
            if line.startswith("."):
                # a label with a directive starts a function
                f = Function(label, address)
                functions.append(f)
                by_name[label] = len(functions) - 1
        if not line:
            continue
        if line.startswith("."):
            directive, value = line.split()
            if directive == ".args":
                functions[-1].args = int(value)
                functions[-1].locals = int(value)
            elif directive == ".locals":
                functions[-1].locals = int(value)
            else:
                raise AssemblyError("unknown directive " + directive)
            continue
        statements.append(line.split())
        address += 2
    code = []
    for words in statements:
        name = words[0]
        if name not in OPCODES:
            raise AssemblyError("unknown instruction " + name)
        op = OPCODES.index(name)
        arg = 0
        if len(words) > 1:
            operand = words[1]
            if op == CALL:
                arg = by_name[operand]
            elif op in (JUMP, JUMPIF, JUMPIFNOT):
                arg = labels[operand]
            else:
                arg = int(operand)
        code.append(op)
        code.append(arg)
    return Program(code, functions)


class Frame(object):
    def __init__(self, function, return_pc, stack):
        self.locals = [0] * function.locals
        for i in range(function.args - 1, -1, -1):
            self.locals[i] = stack.pop()
        self.return_pc = return_pc


class VM(object):
    def __init__(self, program):
        self.program = program
        self.stack = []
        self.frames = []
        self.executed = 0

    def run(self, entry, argument):
        code = self.program.code
        functions = self.program.functions
        stack = self.stack
        frame = Frame(functions[entry], -1, stack)
        frame.locals[0] = argument
        pc = functions[entry].address
        executed = 0
        while True:
            op = code[pc]
            arg = code[pc + 1]
            pc += 2
            executed += 1
            if op == LOAD:
                stack.append(frame.locals[arg])
            elif op == PUSH:
                stack.append(arg)
            elif op == STORE:
                frame.locals[arg] = stack.pop()
            elif op == ADD:
                b = stack.pop()
                stack.append(stack.pop() + b)
            elif op == SUB:
                b = stack.pop()
                stack.append(stack.pop() - b)
            elif op == MUL:
                b = stack.pop()
                stack.append(stack.pop() * b)
            elif op == MOD:
                b = stack.pop()
                stack.append(stack.pop() % b)
            elif op == LT:
                b = stack.pop()
                stack.append(1 if stack.pop() < b else 0)
            elif op == EQ:
                b = stack.pop()
                stack.append(1 if stack.pop() == b else 0)
            elif op == JUMP:
                pc = arg
            elif op == JUMPIF:
                if stack.pop() != 0:
                    pc = arg
            elif op == JUMPIFNOT:
                if stack.pop() == 0:
                    pc = arg
            elif op == CALL:
                self.frames.append(frame)
                function = functions[arg]
                frame = Frame(function, pc, stack)
                pc = function.address
            elif op == RET:
                pc = frame.return_pc
                frame = self.frames.pop()
            elif op == POP:
                stack.pop()
            elif op == DUP:
                stack.append(stack[-1])
            elif op == HALT:
                self.executed = executed
                return stack.pop()
            else:
                raise AssemblyError("bad opcode %d" % op)


def main(n):
    program = assemble(SOURCE)
    vm = VM(program)
    result = vm.run(0, n)
    print("result %d after %d instructions (%d words of code, %d functions)"
          % (result, vm.executed, len(program.code), len(program.functions)))


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
