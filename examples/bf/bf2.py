"""Step 2 of the "Writing an Interpreter with PyPy" tutorial: the Brainfuck
interpreter as an RPython program.

    rpy translate bf2.py && ./bf2-c PROGRAM.bf
    python2 bf2.py PROGRAM.bf            (the same program, interpreted)

RPython has no print to a file object and no open(): the program file is read
with os.open/os.read and every output byte is written with os.write.  The
module defines target(), which returns the entry point the translator starts
from; entry_point receives the command line and returns the exit status.
Strings are Python 2 byte strings, so this runs under python2 (os.write of a
str), not python3.
"""

import os
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
            os.write(1, chr(tape.get()))
        elif code == ",":
            c = os.read(0, 1)
            if len(c) > 0:
                tape.set(ord(c[0]))
        elif code == "[" and tape.get() == 0:
            pc = bracket_map[pc]
        elif code == "]" and tape.get() != 0:
            pc = bracket_map[pc]
        pc += 1


def parse(program):
    parsed = []
    bracket_map = {}
    leftstack = []
    pc = 0
    for char in program:
        if char in ('[', ']', '<', '>', '+', '-', ',', '.'):
            parsed.append(char)
            if char == '[':
                leftstack.append(pc)
            elif char == ']':
                left = leftstack.pop()
                bracket_map[left] = pc
                bracket_map[pc] = left
            pc += 1
    return "".join(parsed), bracket_map


def run(fp):
    program_contents = ""
    while True:
        read = os.read(fp, 4096)
        if len(read) == 0:
            break
        program_contents += read
    os.close(fp)
    program, bm = parse(program_contents)
    mainloop(program, bm)


def entry_point(argv):
    try:
        filename = argv[1]
    except IndexError:
        print("You must supply a filename")
        return 1
    run(os.open(filename, os.O_RDONLY, 0o777))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
