# jit: threshold=3
# pypylog: jit-log-opt
# Owned lists (docs/JIT.md 16) written at a constant index right after they are made
# (`self.stack[0] = arg` in __init__): the length of a fresh list of a constant count that no call
# has seen is that count (virtualize.cpp), so the index check folds (no getfield List.len,
# uint_lt, guard_true), and the list is built in the machine frame next to its owner (a guard
# that could fail there would keep it in the heap: its resume data names the list).
from __future__ import print_function
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["pc", "code"], reds=["frame"])


class Frame(object):
    def __init__(self, arg):
        self.stack = [0] * 8
        self.stack[0] = arg
        self.sp = 1

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
            frame.push(frame.stack[0])
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
