# jit: threshold=3
# pypylog: jit-log-opt,jit-abort,jit-backend-counts
# An interpreter calling a function of its language runs its portal recursively. The trace of
# the caller's loop traces the callee's prelude (the new frame) inline up to its merge point and
# then calls the callee's compiled code there (call_assembler, docs/JIT.md 7.7): a call of
# call_assembler with the callee's key (its JitCell), greens and reds, not a residual call of
# the portal that would start over in the compiled interpreter. The new frame's `[0] * 4` is an
# owned list (docs/JIT.md 16): built in the machine frame next to the frame object
# (new_list_in_frame; until session 22 one helper call per call, list_filled).
from __future__ import print_function
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["pc", "code"], reds=["frame"], get_printable_location=lambda pc, code: "%s:%d" % (code, pc))
MAIN = "icjr"
CALLEE = "iir"


class Frame(object):
    def __init__(self, arg):
        self.acc = arg
        self.regs = [0] * 4  # one helper allocating the filled list (not [0], then a copy of it)


def interpret(code, arg):
    frame = Frame(arg)
    pc = 0
    while True:
        driver.jit_merge_point(pc=pc, code=code, frame=frame)
        c = code[pc]
        if c == "i":
            frame.acc += 1
            pc += 1
        elif c == "c":  # call CALLEE with the accumulator
            frame.acc = interpret(CALLEE, frame.acc)
            pc += 1
        elif c == "j":
            if frame.acc < 40:
                pc = 0
            else:
                pc += 1
        else:
            return frame.acc


def main():
    total = 0
    for k in range(3):
        total += interpret(MAIN, k)
    print(total)


main()
