from __future__ import print_function
import os, sys
from rpython.rlib.jit import JitDriver, purefunction


def get_location(pc, program, bracket_map):
    return "%s_%s_%s" % (program[:pc], program[pc], program[pc + 1:])


jitdriver = JitDriver(greens=["pc", "program", "bracket_map"], reds=["tape"],
                      get_printable_location=get_location)


@purefunction
def get_matching_bracket(bracket_map, pc):
    return bracket_map[pc]


class Tape(object):
    def __init__(self):
        self.thetape = [0]
        self.position = 0

    def get(self):
        return self.thetape[self.position]

    def set(self, val):
        self.thetape[self.position] = val

    def inc(self):
        self.thetape[self.position] = (self.thetape[self.position] + 1) & 255

    def dec(self):
        self.thetape[self.position] = (self.thetape[self.position] - 1) & 255

    def advance(self):
        self.position += 1
        if len(self.thetape) <= self.position:
            self.thetape.append(0)

    def devance(self):
        self.position -= 1


def mainloop(program, bracket_map, out):
    pc = 0
    tape = Tape()
    while pc < len(program):
        jitdriver.jit_merge_point(pc=pc, tape=tape, program=program, bracket_map=bracket_map)
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
            out.append(chr(tape.get()))
        elif code == "[" and tape.get() == 0:
            pc = get_matching_bracket(bracket_map, pc)
        elif code == "]" and tape.get() != 0:
            pc = get_matching_bracket(bracket_map, pc)
        pc += 1


def parse(program):
    parsed = []
    bracket_map = {}
    leftstack = []
    pc = 0
    for char in program:
        if char in ("[", "]", "<", ">", "+", "-", ",", "."):
            parsed.append(char)
            if char == "[":
                leftstack.append(pc)
            elif char == "]":
                left = leftstack.pop()
                right = pc
                bracket_map[left] = right
                bracket_map[right] = left
            pc += 1
    return "".join(parsed), bracket_map


SQUARES = """
++++[>+++++<-]>[<+++++>-]+<+[>[>+>+<<-]++>>[<<+>>-]>>>[-]++>[-]+>>>+[[-]++++++>>>]<<<[[<++++++++<++>>-]+<.<[>----<-]<]
<<[>>>>>[>>>[-]+++++++++<[>-<-]+++++++++>[-[<->-]+[<<<]]<[>+<-]>]<<-]<<-]
"""


def entry_point(argv):
    program, bm = parse(SQUARES)
    out = []
    mainloop(program, bm, out)
    text = "".join(out)
    lines = text.split("\n")
    print(len(lines), lines[:5], lines[-2])
    print(get_location(1, "+-.", bm))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
