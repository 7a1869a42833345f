# Calls from a JIT portal: methods with defaults and keywords, instantiation with keyword
# arguments, overridden methods (several targets), functions with loops (called, not looked
# inside), closures, *args, class attributes, isinstance, prebuilt globals, and a portal that calls
# itself (a nested block of the interpreted program runs in a new invocation of the portal).
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["pc", "prog"], reds=["frame"])


class Frame(object):
    limit = 50

    def __init__(self, depth, acc=0, name="f"):
        self.depth = depth
        self.acc = acc
        self.name = name
        self.values = []

    def push(self, v, times=1):
        for i in range(times):
            self.values.append(v)
        return len(self.values)

    def bump(self, by=1, scale=1):
        self.acc = (self.acc + by * scale) % 1000003
        return self.acc


class Op(object):
    def apply(self, frame):
        return frame.bump()


class Double(Op):
    def apply(self, frame):
        return frame.bump(frame.acc)


class Add(Op):
    def __init__(self, k):
        self.k = k

    def apply(self, frame):
        return frame.bump(scale=2, by=self.k)


OPS = [Op(), Double(), Add(3), Add(-1)]


def total(values):
    s = 0
    for v in values:
        s += v
    return s


def matching(prog, pc):
    depth = 0
    while True:
        if prog[pc] == "(":
            depth += 1
        elif prog[pc] == ")":
            depth -= 1
            if depth == 0:
                return pc
        pc += 1


def make_adder(k):
    def add(x):
        return x + k
    return add


def summed(*args):
    return len(args) * 100 + args[0]


def interpret(prog, depth):
    pc = 0
    frame = Frame(depth, name="d%d" % depth)
    while pc < len(prog):
        driver.jit_merge_point(pc=pc, prog=prog, frame=frame)
        c = prog[pc]
        if c.isdigit():
            frame.push(ord(c) - ord("0"), times=2 if c == "9" else 1)
            OPS[ord(c) % len(OPS)].apply(frame)
        elif c == "(":
            end = matching(prog, pc)
            if frame.depth < 3:
                inner = interpret(prog[pc + 1:end], frame.depth + 1)
                frame.push(inner.acc)
                frame.bump(by=inner.acc)
            pc = end
        elif c == "t":
            frame.push(total(frame.values))
        elif c == "c":
            add = make_adder(frame.depth)
            frame.push(add(frame.acc))
        elif c == "v":
            frame.push(summed(frame.acc, 1, 2))
        elif c == "i":
            if isinstance(OPS[frame.acc % 4], Add):
                frame.bump(by=Frame.limit)
        pc += 1
    return frame


def entry_point(argv):
    for prog in ["12345", "9(12)3t", "1(2(3(4(5)))c)v", "ti1i2i3i", "99(9(9))t"]:
        f = interpret(prog, 0)
        print(prog, f.name, f.acc, len(f.values), total(f.values))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
