from __future__ import print_function
import os, sys

HELLO = ("++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------"
         ".--------.>>+.>++.")
# prints the numbers 1..5 as digits followed by a newline, via nested loops
DIGITS = "++++++++[>++++++<-]>+.+.+.+.+.[-]++++++++++."
# cell wrap-around: 0 - 1 must give 255 with 8-bit cells, then count down to 250
WRAP = "->++++++++[<------>-]<.[-]++++++++++."


class Tape(object):
    def __init__(self):
        self.cells = [0]
        self.pos = 0

    def get(self):
        return self.cells[self.pos]

    def set(self, v):
        self.cells[self.pos] = v & 255

    def inc(self):
        self.set(self.get() + 1)

    def dec(self):
        self.set(self.get() - 1)

    def right(self):
        self.pos += 1
        if self.pos == len(self.cells):
            self.cells.append(0)

    def left(self):
        self.pos -= 1


def bracket_map(program):
    stack = []
    m = {}
    for i in range(len(program)):
        c = program[i]
        if c == "[":
            stack.append(i)
        elif c == "]":
            j = stack.pop()
            m[i] = j
            m[j] = i
    return m


def run(program):
    bm = bracket_map(program)
    tape = Tape()
    out = []
    pc = 0
    while pc < len(program):
        c = program[pc]
        if c == "+":
            tape.inc()
        elif c == "-":
            tape.dec()
        elif c == ">":
            tape.right()
        elif c == "<":
            tape.left()
        elif c == ".":
            out.append(chr(tape.get()))
        elif c == "[" and tape.get() == 0:
            pc = bm[pc]
        elif c == "]" and tape.get() != 0:
            pc = bm[pc]
        pc += 1
    return "".join(out)


def entry_point(argv):
    print(run(HELLO), end="")
    print(run(DIGITS), end="")
    r = run(WRAP)
    print(ord(r[0]), len(r))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
