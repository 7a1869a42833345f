# What the JIT looks inside (docs/JIT.md 5) and how each kind of call appears in jitcode.
from rpython.rlib.jit import JitDriver, elidable, dont_look_inside, unroll_safe, promote

driver = JitDriver(greens=["pc", "code"], reds="auto")


class Acc(object):
    def __init__(self, start):
        self.value = start

    def add(self, k):
        self.value += k


@elidable
def weight(c):
    return ord(c) % 7


@dont_look_inside
def opaque(n):
    return n * 3


@unroll_safe
def unrolled(n):
    s = 0
    for i in range(3):
        s += n
    return s


def looping(n):
    s = 0
    while n > 0:
        s += n
        n -= 1
    return s


def run(code):
    pc = 0
    acc = Acc(0)
    while pc < len(code):
        driver.jit_merge_point(pc=pc, code=code)
        c = code[pc]
        if c == "a":
            acc.add(weight(c) + promote(pc))
        elif c == "b":
            acc.add(opaque(unrolled(acc.value)) + looping(3))
        pc += 1
    return acc.value


def entry_point(argv):
    print(run("abab"))
    return 0


def target(*args):
    return entry_point, None
