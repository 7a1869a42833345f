"""Step 5 of the "Writing an Interpreter with PyPy" tutorial: step 4 with the
bracket lookup moved into an @elidable function (the tutorial's older name
for it is @purefunction): its result depends only on its arguments, which are
both green, so a JIT can constant-fold the dictionary lookup away.

    rpy translate bf5.py && ./bf5-c PROGRAM.bf
    python2 bf5.py PROGRAM.bf

The JitDriver names the variables of the interpreter's main loop: the greens
(pc, program, bracket_map) say where we are in the interpreted program, the
red (tape) is everything else.  jit_merge_point marks the top of the dispatch
loop.  rpy provides rpython.rlib.jit itself, so the import succeeds; the
except branch only matters where no rpython package is on the path.
"""

import os
import sys

try:
    from rpython.rlib.jit import JitDriver, elidable
except ImportError:
    def elidable(f):
        return f

    class JitDriver(object):
        def __init__(self, **kw):
            pass

        def jit_merge_point(self, **kw):
            pass

        def can_enter_jit(self, **kw):
            pass


def get_location(pc, program, bracket_map):
    return program[:pc] + "_" + program[pc] + "_" + program[pc + 1:]


jitdriver = JitDriver(greens=['pc', 'program', 'bracket_map'], reds=['tape'],
                      get_printable_location=get_location)


@elidable
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
        jitdriver.jit_merge_point(pc=pc, tape=tape, program=program,
                                  bracket_map=bracket_map)

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


def jitpolicy(driver):
    from rpython.jit.codewriter.policy import JitPolicy
    return JitPolicy()


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
