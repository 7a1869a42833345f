# jit: threshold=3
# pypylog: jit-log-opt
# Owned lists (docs/JIT.md 16): a bytecode VM's frame keeps its value stack in a field that only
# ever holds a fresh `[0] * 8` and is only indexed (opt/owned_lists.cpp). A recursive portal
# call's frame is built in the caller's machine frame (new_with_vtable_in_frame, session 21), and
# its stack list now next to it (new_list_in_frame): before session 23 the list was a residual
# call allocating it in the collected heap at every call (call_r of the `[0] * 8` helper).
from __future__ import print_function
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["pc", "code"], reds=["frame"])


class Frame(object):
    def __init__(self, arg):
        self.arg = arg
        self.stack = [0] * 8
        self.sp = 0

    def push(self, v):
        self.stack[self.sp] = v
        self.sp += 1

    def pop(self):
        self.sp -= 1
        return self.stack[self.sp]


# 'a' push arg; 'c' if arg > 0: push run(arg - 1) + 1 else push 0; 'r' return the top
def run(code, arg):
    frame = Frame(arg)
    pc = 0
    while True:
        driver.jit_merge_point(pc=pc, code=code, frame=frame)
        op = code[pc]
        pc += 1
        if op == "a":
            frame.push(frame.arg)
        elif op == "c":
            n = frame.pop()
            frame.push(run(code, n - 1) + 1 if n > 0 else 0)
        else:
            return frame.pop()


def main():
    total = 0
    for k in range(6):
        total += run("acr", 4 + k % 2)
    print(total)


main()
