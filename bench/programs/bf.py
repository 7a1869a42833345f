"""A Brainfuck interpreter: the program is compiled to a list of
(operation, argument) pairs first, with runs of + - < > folded into one
operation, [-] turned into a clear, and the partner of each bracket found
once; then a loop dispatches on the operations.  Cells are bytes (they wrap
at 256), the tape has 30000 of them, ',' reads 0 (no input).  Prints the
program's output, then its length and a checksum.

    python3 bf.py PROGRAM.b      (e.g. mandelbrot.b)
"""
import sys

ADD = 0
MOVE = 1
OUTPUT = 2
INPUT = 3
JUMP_IF_ZERO = 4
JUMP_UNLESS_ZERO = 5
CLEAR = 6

TAPE_SIZE = 30000


def compile_program(source):
    commands = [c for c in source if c in "+-<>.,[]"]
    code = []
    open_brackets = []
    i = 0
    while i < len(commands):
        c = commands[i]
        if c in "+-<>":
            # fold a run of the same kind of command into one operation
            total = 0
            while i < len(commands) and commands[i] in "+-<>" and (commands[i] in "+-") == (c in "+-"):
                if commands[i] == "+" or commands[i] == ">":
                    total += 1
                else:
                    total -= 1
                i += 1
            if c in "+-":
                code.append((ADD, total))
            else:
                code.append((MOVE, total))
            continue
        if c == "[" and i + 2 < len(commands) and commands[i + 1] == "-" and commands[i + 2] == "]":
            code.append((CLEAR, 0))
            i += 3
            continue
        if c == ".":
            code.append((OUTPUT, 0))
        elif c == ",":
            code.append((INPUT, 0))
        elif c == "[":
            open_brackets.append(len(code))
            code.append((JUMP_IF_ZERO, 0))
        elif c == "]":
            if not open_brackets:
                raise ValueError("unmatched ]")
            start = open_brackets.pop()
            code[start] = (JUMP_IF_ZERO, len(code))
            code.append((JUMP_UNLESS_ZERO, start))
        i += 1
    if open_brackets:
        raise ValueError("unmatched [")
    return code


class Machine(object):
    def __init__(self, code):
        self.code = code
        self.tape = [0] * TAPE_SIZE
        self.pos = 0
        self.output = []

    def run(self):
        code = self.code
        tape = self.tape
        pc = 0
        while pc < len(code):
            op, arg = code[pc]
            if op == ADD:
                tape[self.pos] = (tape[self.pos] + arg) & 255
            elif op == MOVE:
                self.pos += arg
            elif op == JUMP_IF_ZERO:
                if tape[self.pos] == 0:
                    pc = arg
            elif op == JUMP_UNLESS_ZERO:
                if tape[self.pos] != 0:
                    pc = arg
            elif op == CLEAR:
                tape[self.pos] = 0
            elif op == OUTPUT:
                self.output.append(chr(tape[self.pos]))
            else:
                tape[self.pos] = 0
            pc += 1
        return "".join(self.output)


def main(path):
    with open(path) as f:
        source = f.read()
    out = Machine(compile_program(source)).run()
    checksum = 0
    for c in out:
        checksum = (checksum * 31 + ord(c)) % 1000000007
    sys.stdout.write(out)
    print("%d bytes of output, checksum %d" % (len(out), checksum))


if __name__ == '__main__':
    main(sys.argv[1])
