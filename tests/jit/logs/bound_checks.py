# jit: threshold=3
# pypylog: jit-log-opt
# A tape head moved in runs ('>>>' checks the tape's end at each step) with reads on both sides:
# the optimizer's integer bounds merge the run's end checks into its first one (int_lt(pos,
# len - 3)) and drop the index checks that the ones before imply (docs/JIT.md 11).
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["pc", "code"], reds=["n", "tape", "pos"])


def run(code, n):
    tape = [0] * 8
    pos = 0
    pc = 0
    while pc < len(code):
        driver.jit_merge_point(pc=pc, code=code, n=n, tape=tape, pos=pos)
        c = code[pc]
        if c == ">":
            pos += 1
            if len(tape) <= pos:
                tape.append(0)
        elif c == "<":
            pos -= 1
        elif c == "+":
            tape[pos] = (tape[pos] + 1) & 255
        elif c == "-":
            tape[pos] = (tape[pos] + 255) & 255
        elif c == "j":
            if n > 0:
                n -= 1
                pc = 0
                continue
        pc += 1
    return tape


def entry_point(argv):
    print(run("+>>>+<<-<-j", 40))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(None)
