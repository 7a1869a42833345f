# A bytecode VM whose portal makes a Frame per call (it never outlives the call: escape analysis
# gives it a stack slot, and in traces a recursive call builds it in the caller's machine frame,
# docs/JIT.md 7.7), run where that frame must stay intact: callees whose loops leave by guards
# into the blackhole and bridges while the caller's frame holds the object, exceptions raised
# several calls down and caught by a caller's handler, deep recursion, a frame read after the
# callee returns through its caller's own fields, and a second frame object per call that a
# callee stores away (it escapes: allocated as before).
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["pc", "code"], reds=["frame"])

# ops: A push arg; P push const; S sub; D add; L lt; J jump-if-false; C call; R return;
#      X raise Boom if arg is a multiple of 7 (> 0); T try-call: call, catching Boom (pushes -1)
KEEP = []


class Boom(Exception):
    def __init__(self, n):
        self.n = n


class Note(object):
    def __init__(self, n):
        self.n = n


class Frame(object):
    def __init__(self, arg):
        self.arg = arg
        self.stack = [0] * 6
        self.sp = 0
        self.calls = 0

    def push(self, v):
        self.stack[self.sp] = v
        self.sp += 1

    def pop(self):
        self.sp -= 1
        return self.stack[self.sp]


def run(code, arg):
    frame = Frame(arg)
    note = Note(arg)
    if arg % 5 == 3:
        KEEP.append(note)
    pc = 0
    while True:
        driver.jit_merge_point(pc=pc, code=code, frame=frame)
        op = code[pc]
        x = code[pc + 1]
        pc += 2
        if op == "A":
            frame.push(frame.arg)
        elif op == "P":
            frame.push(ord(x) - 48)
        elif op == "S":
            b = frame.pop()
            frame.push(frame.pop() - b)
        elif op == "D":
            b = frame.pop()
            frame.push(frame.pop() + b)
        elif op == "L":
            b = frame.pop()
            frame.push(1 if frame.pop() < b else 0)
        elif op == "J":
            if frame.pop() == 0:
                pc = ord(x) - 48
        elif op == "C":
            frame.calls += 1
            frame.push(run(code, frame.pop()))
        elif op == "T":
            frame.calls += 1
            try:
                frame.push(run(code, frame.pop()))
            except Boom as e:
                frame.push(-e.n)
        elif op == "X":
            if frame.arg > 7 and frame.arg % 7 == 2:
                raise Boom(frame.arg)
        elif op == "R":
            return frame.pop() + frame.calls % 2


# f(n) = n < 2 ? n : f(n-1) + f(n-2), with X at the start and the first call a T
FIB = "X_A_P2L_J>A_R_A_P1S_T_A_P2S_C_D_R_"


def main():
    results = []
    for n in range(2, 23):
        try:
            results.append(run(FIB, n))
        except Boom as e:
            results.append(1000 * e.n)
    print(results, len(KEEP), sum([k.n for k in KEEP]))
    deep = "A_P1L_J<A_R_A_P1S_C_P1D_R_"  # g(n) = n < 1 ? n : g(n - 1) + 1
    print(run(deep, 400), run(deep, 0))


main()
