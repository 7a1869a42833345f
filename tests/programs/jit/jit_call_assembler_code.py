# Recursive portal calls whose callee code is entered from machine code (call_assembler,
# docs/JIT.md 7.7): deep recursion (each nesting level gets a frame of its own, the first call at
# a level allocates it, later calls jump straight in), callees whose code leaves by a guard
# (the parity of the argument picks the path: the runner goes on from that exit and hands the
# result back to the caller's code), exceptions raised many levels down and caught a few levels
# up (through several levels of machine code), a portal returning a float, and one returning None.
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["pc", "code"], reds=["n", "acc", "depth"])

# one op per character:
#  'z' if n <= 0 return acc
#  'p' if n is odd: acc += run(n - 1) * 3 (a call at one of two sites), else acc += run(n - 2) + 1
#  'e' if depth > limit: raise Deep(depth)
#  't' acc += run(n - 1), a Deep below is caught here when depth % 7 == 0 (acc -= 1000), and
#      when n is even, the rest of the code is skipped (return acc)
#  'r' return acc + n
LIMIT = [0]


class Deep(Exception):
    def __init__(self, depth):
        self.depth = depth


def run(code, n, depth):
    pc = 0
    acc = 0
    while True:
        driver.jit_merge_point(pc=pc, code=code, n=n, acc=acc, depth=depth)
        op = code[pc]
        if op == "z":
            if n <= 0:
                return acc
        elif op == "p":
            if n % 2 == 1:
                acc += run(code, n - 1, depth + 1) * 3
            else:
                acc += run(code, n - 2, depth + 1) + 1
            acc = acc % 1000003
        elif op == "e":
            if depth > LIMIT[0]:
                raise Deep(depth)
        elif op == "t":
            if depth % 7 == 0:
                try:
                    acc += run(code, n - 1, depth + 1)
                except Deep as e:
                    acc -= 1000 + e.depth
            else:
                acc += run(code, n - 1, depth + 1)
            if n % 2 == 0:
                return acc
        else:
            return acc + n
        pc += 1


fdriver = JitDriver(greens=["k"], reds=["x", "steps"])


def fsum(k, x, steps):
    # a float result: sums halves down a recursion of steps levels
    while True:
        fdriver.jit_merge_point(k=k, x=x, steps=steps)
        if steps <= 0:
            return x
        if k == 0:
            return x + fsum(1, x / 2.0, steps - 1)
        return x * 0.5 + fsum(0, x + 1.0, steps - 1)


vdriver = JitDriver(greens=["k"], reds=["n", "out"])


def fill(k, n, out):
    # returns None; appends along a recursion
    while True:
        vdriver.jit_merge_point(k=k, n=n, out=out)
        if n <= 0:
            return
        out.append(n * 10 + k)
        fill(1 - k, n - 1, out)
        n -= 3


def entry_point(argv):
    rounds = 40
    if len(argv) > 1:
        rounds = int(argv[1])
    total = 0
    LIMIT[0] = 1000000
    for i in range(rounds):
        total = (total * 7 + run("zpr", 150 + i % 5, 0)) % 1000000007
    print("parity", total)
    for i in range(rounds):
        total = (total * 7 + run("zr", i, 0) + run("ztr", 300 + i, 0)) % 1000000007
    print("deep", total)
    LIMIT[0] = 60
    caught = 0
    for i in range(rounds):
        try:
            total = (total * 7 + run("zetr", 40 + i * 3, i % 9)) % 1000000007
        except Deep as e:
            caught += e.depth
    print("raise", total, caught)
    LIMIT[0] = 250
    for i in range(rounds):
        try:
            total = (total * 7 + run("zepr", 200 + i * 10, i % 4)) % 1000000007
        except Deep as e:
            caught += e.depth
    print("mixed", total, caught)
    f = 0.0
    for i in range(rounds):
        f += fsum(i % 2, float(i), 20 + i % 3)
    print("float", "%.6f" % f)
    out = []
    for i in range(rounds // 4 + 1):
        fill(0, 12 + i, out)
    s = 0
    for v in out:
        s = (s * 31 + v) % 1000000007
    print("none", len(out), s)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
