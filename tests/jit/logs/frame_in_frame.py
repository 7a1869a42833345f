# jit: threshold=3
# pypylog: jit-log-opt
# A recursive portal call (call_assembler, docs/JIT.md 7.7) whose callee makes a frame object
# that never outlives the call (escape analysis gives it a stack slot in compiled code; jitcode
# `new_scoped`): the caller's trace traces the callee's prelude inline, and the call is what
# forces the frame, so it is built in the caller's machine frame (`new_with_vtable_in_frame`),
# not allocated in the collected heap (`new_with_vtable`) at every call.
from __future__ import print_function
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["pc", "code"], reds=["frame"])


class Frame(object):
    def __init__(self, n):
        self.n = n
        self.acc = 0


def run(code, n):
    frame = Frame(n)
    pc = 0
    while True:
        driver.jit_merge_point(pc=pc, code=code, frame=frame)
        op = code[pc]
        if op == "c":  # acc += run(n - 1) while n > 0
            if frame.n > 0:
                frame.acc += run(code, frame.n - 1) + 1
        elif op == "d":
            frame.n -= 1
        elif op == "j":
            if frame.n > 0:
                pc = 0
                continue
        else:
            return frame.acc
        pc += 1


def main():
    total = 0
    for k in range(6):
        total += run("cdjr", 3 + k % 2)
    print(total)


main()
