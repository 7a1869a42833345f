# jit: threshold=3
# pypylog: jit-abort,jit-backend-counts
# A recursive portal call whose callee's key gets no code (its traces abort: an instruction
# raising IndexError, caught in its frame, abandons a trace; the key is then not traced again).
# call_assembler (docs/JIT.md 7.7) would run that callee in the blackhole at every call: the
# caller's trace is abandoned when it meets it, without marking the caller's key, and the next
# trace makes that call site a residual call of the compiled portal.
from __future__ import print_function
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["pc", "code"], reds=["frame"])


class Frame(object):
    def __init__(self, n):
        self.n = n
        self.acc = 0
        self.vals = [1, 2, 3]


def interpret(code, n):
    frame = Frame(n)
    pc = 0
    while True:
        driver.jit_merge_point(pc=pc, code=code, frame=frame)
        c = code[pc]
        if c == "x":  # acc += vals[n % 5] or 7 when out of range
            try:
                frame.acc += frame.vals[frame.n % 5]
            except IndexError:
                frame.acc += 7
            pc += 1
        elif c == "c":
            frame.acc += interpret("xxdr", frame.n)
            pc += 1
        elif c == "d":  # loop while n > 0
            frame.n -= 1
            if frame.n > 0:
                pc = 0
            else:
                pc += 1
        else:
            return frame.acc


def main():
    total = 0
    for k in range(60):
        total += interpret("cdr", 10 + k % 3)
    print(total)


main()
