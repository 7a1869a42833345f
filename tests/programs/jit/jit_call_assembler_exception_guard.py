# A recursive portal call that raised while the trace was recorded (the caller catches it: the
# trace has guard_exception after the call) and returns normally later, its callee running from
# machine code (call_assembler, docs/JIT.md 7.7): the guard fails and resume_from_guard asks
# last_call_exception whether the call raised. Machine code's fast path of the call must leave it
# empty: before, it kept the exception an earlier call had raised (and a guard_exception had
# caught), and the resumed interpreter took the call for raising it again (92324620 instead of
# 94993000 by default; other values under threshold=1 etc.). No other residual call in the loop
# resets it here (the callee's code is a prebuilt object, not a str made from a char).
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["pc", "code"], reds=["n", "acc", "i"])


class Err(Exception):
    def __init__(self, v):
        self.v = v


class Code(object):
    _immutable_fields_ = ["ops"]

    def __init__(self, ops):
        self.ops = ops


def run(code, n):
    # ops: 'L' stop when i >= n; 'd' call R on 3i+1 (it returns); 'c' call R on i, catching Err;
    # 'j' i += 1, back to 0; 'r' (R's code) raise Err(n) unless n % 3 == 1, else return 2n
    pc = 0
    acc = 0
    i = 0
    while True:
        driver.jit_merge_point(pc=pc, code=code, n=n, acc=acc, i=i)
        op = code.ops[pc]
        if op == "L":
            if i >= n:
                return acc
        elif op == "d":
            acc += run(R, i * 3 + 1)
        elif op == "c":
            try:
                acc += run(R, i)
            except Err as e:
                acc += 1000 + e.v
        elif op == "r":
            if n % 3 != 1:
                raise Err(n)
            return n * 2
        elif op == "j":
            i += 1
            pc = 0
            continue
        pc += 1


R = Code("r")


def entry_point(argv):
    n = 5000
    if len(argv) > 1:
        n = int(argv[1])
    print(run(Code("Ldcj"), n))
    print(run(Code("Lcdj"), n // 2 + 7))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
