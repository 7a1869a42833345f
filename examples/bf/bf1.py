"""Step 1 of the "Writing an Interpreter with PyPy" tutorial: a Brainfuck
interpreter in plain Python.

    python3 bf1.py PROGRAM.bf

Cells are 8-bit and wrap (255 + 1 == 0, 0 - 1 == 255); the tape starts with
one cell and grows to the right as the program moves onto new cells.  ','
reads one byte from stdin and leaves the cell unchanged at end of input.
"""

import sys


class Tape(object):
    def __init__(self):
        self.thetape = [0]
        self.position = 0

    def get(self):
        return self.thetape[self.position]

    def set(self, val):
        self.thetape[self.position] = val

    def inc(self):
        self.thetape[self.position] = (self.thetape[self.position] + 1) & 0xFF

    def dec(self):
        self.thetape[self.position] = (self.thetape[self.position] - 1) & 0xFF

    def advance(self):
        self.position += 1
        if len(self.thetape) <= self.position:
            self.thetape.append(0)

    def devance(self):
        self.position -= 1


def mainloop(program, bracket_map):
    pc = 0
    tape = Tape()
    while pc < len(program):
        code = program[pc]
        if code == ">":
            tape.advance()
        elif code == "<":
            tape.devance()
        elif code == "+":
            tape.inc()
        elif code == "-":
            tape.dec()
        elif code == ".":
            sys.stdout.write(chr(tape.get()))
        elif code == ",":
            c = sys.stdin.read(1)
            if c:
                tape.set(ord(c) & 0xFF)
        elif code == "[" and tape.get() == 0:
            # skip forward to the matching ]
            pc = bracket_map[pc]
        elif code == "]" and tape.get() != 0:
            # jump back to the matching [
            pc = bracket_map[pc]
        pc += 1


def parse(program):
    """Keep only the eight commands and pair up the brackets: returns the
    cleaned program and a dict mapping each bracket's index to its partner's."""
    parsed = []
    bracket_map = {}
    leftstack = []
    pc = 0
    for char in program:
        if char in "[]<>+-,.":
            parsed.append(char)
            if char == "[":
                leftstack.append(pc)
            elif char == "]":
                left = leftstack.pop()
                bracket_map[left] = pc
                bracket_map[pc] = left
            pc += 1
    return "".join(parsed), bracket_map


def run(input):
    program, bracket_map = parse(input.read())
    mainloop(program, bracket_map)


if __name__ == "__main__":
    run(open(sys.argv[1], "r"))
