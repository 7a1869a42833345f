# A register VM with boxed values in the style of real RPython interpreters: greens of three
# types (an int pc, a str naming the function, a code object), a new box object allocated for
# every result (most never escape an iteration), method calls on boxes with several classes
# (int, float, str), globals looked up through an @elidable function on a dict with a promoted
# version object, a green string promoted with promote_string, and overflow into floats.
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver, promote, promote_string, elidable, dont_look_inside
from rpython.rlib.rarithmetic import ovfcheck


class W_Object(object):
    def add(self, other):
        if isinstance(other, W_Str):
            return W_Str(self.str() + other.s)
        raise TypeError("unsupported add")

    def lt(self, other):
        raise TypeError("unsupported lt")

    def str(self):
        return "?"

    def truth(self):
        return True


class W_Int(W_Object):
    _immutable_fields_ = ["v"]

    def __init__(self, v):
        self.v = v

    def add(self, other):
        if isinstance(other, W_Int):
            try:
                return W_Int(ovfcheck(self.v + other.v))
            except OverflowError:
                return W_Float(float(self.v) + float(other.v))
        if isinstance(other, W_Float):
            return W_Float(self.v + other.f)
        return W_Object.add(self, other)

    def lt(self, other):
        if isinstance(other, W_Int):
            return self.v < other.v
        if isinstance(other, W_Float):
            return self.v < other.f
        return W_Object.lt(self, other)

    def str(self):
        return str(self.v)

    def truth(self):
        return self.v != 0


class W_Float(W_Object):
    _immutable_fields_ = ["f"]

    def __init__(self, f):
        self.f = f

    def add(self, other):
        if isinstance(other, W_Int):
            return W_Float(self.f + other.v)
        if isinstance(other, W_Float):
            return W_Float(self.f + other.f)
        return W_Object.add(self, other)

    def lt(self, other):
        if isinstance(other, W_Int):
            return self.f < other.v
        if isinstance(other, W_Float):
            return self.f < other.f
        return W_Object.lt(self, other)

    def str(self):
        return repr(self.f)


class W_Str(W_Object):
    _immutable_fields_ = ["s"]

    def __init__(self, s):
        self.s = s

    def add(self, other):
        if isinstance(other, W_Str):
            return W_Str(self.s + other.s)
        return W_Str(self.s + other.str())

    def lt(self, other):
        if isinstance(other, W_Str):
            return self.s < other.s
        return W_Object.lt(self, other)

    def str(self):
        return self.s

    def truth(self):
        return len(self.s) > 0


class Version(object):
    pass


class Globals(object):
    def __init__(self):
        self.values = {}
        self.version = Version()

    def set(self, name, w):
        self.values[name] = w
        self.version = Version()

    def get(self, name):
        return lookup(self, promote_string(name), promote(self.version))


@elidable
def lookup(g, name, version):
    return g.values.get(name, None)


class Code(object):
    _immutable_fields_ = ["ins[*]", "consts[*]", "names[*]"]

    def __init__(self, ins, consts, names):
        self.ins = ins
        self.consts = consts
        self.names = names


def printable(pc, fname, code):
    return "%s@%d" % (fname, pc)


driver = JitDriver(greens=["pc", "fname", "code"], reds=["regs", "g", "out"],
                   get_printable_location=printable)

# instructions: opcode, a, b, c
LOADK, MOVE, ADD, LT, JMPF, JMP, GETG, SETG, SHOW, HALT, CALLX = range(11)


@dont_look_inside
def external(w, n):
    # a residual call that allocates and returns a box
    if isinstance(w, W_Int):
        return W_Int(w.v * n % 1009)
    return W_Str(w.str()[:n])


def run(fname, code, regs, g, out):
    pc = 0
    while True:
        driver.jit_merge_point(pc=pc, fname=fname, code=code, regs=regs, g=g, out=out)
        op = code.ins[pc]
        a = code.ins[pc + 1]
        b = code.ins[pc + 2]
        c = code.ins[pc + 3]
        pc += 4
        if op == LOADK:
            regs[a] = code.consts[b]
        elif op == MOVE:
            regs[a] = regs[b]
        elif op == ADD:
            regs[a] = regs[b].add(regs[c])
        elif op == LT:
            regs[a] = W_Int(1) if regs[b].lt(regs[c]) else W_Int(0)
        elif op == JMPF:
            if not regs[a].truth():
                pc = b
        elif op == JMP:
            pc = a
        elif op == GETG:
            w = g.get(code.names[b])
            if w is None:
                out.append("undefined " + code.names[b])
                w = W_Int(0)
            regs[a] = w
        elif op == SETG:
            g.set(code.names[b], regs[a])
        elif op == SHOW:
            out.append(fname + ": " + regs[a].str())
        elif op == CALLX:
            regs[a] = external(regs[b], c)
        elif op == HALT:
            return regs[a]


def program(limit_const, step_const, start):
    # r0 = start; r1 = limit; r2 = step; loop: r3 = r0 < r1; jmpf r3 end; r0 = r0 + r2;
    # every pass: g.count = g.count + step; r4 = external(r0, 7); r5 = r5 + r4; jmp loop
    ins = [LOADK, 0, 0, 0,
           LOADK, 1, 1, 0,
           LOADK, 2, 2, 0,
           LOADK, 5, 3, 0,
           LT, 3, 0, 1,       # 16
           JMPF, 3, 48, 0,    # 20
           ADD, 0, 0, 2,      # 24
           GETG, 6, 0, 0,     # 28
           ADD, 6, 6, 2,      # 32
           SETG, 6, 0, 0,     # 36
           CALLX, 4, 0, 7,    # 40
           JMP, 52, 0, 0,     # 44
           SHOW, 0, 0, 0,     # 48  (end)
           ADD, 5, 5, 4,      # 52
           JMP, 16, 0, 0,     # 56
           ]
    ins[48:52] = [JMP, 60, 0, 0]
    ins += [SHOW, 0, 0, 0, SHOW, 5, 0, 0, GETG, 7, 1, 0, SHOW, 7, 0, 0, HALT, 0, 0, 0]
    return Code(ins, [start, limit_const, step_const, W_Int(0)], ["count", "missing"])


def entry_point(argv):
    n = 300
    if len(argv) > 1:
        n = int(argv[1])
    g = Globals()
    g.set("count", W_Int(0))
    out = []
    big = 9223372036854775807
    runs = [("ints", program(W_Int(n), W_Int(1), W_Int(0))),
            ("floats", program(W_Float(n / 2.0), W_Float(0.5), W_Int(0))),
            ("mixed", program(W_Int(n), W_Float(1.25), W_Int(0))),
            ("overflow", program(W_Float(float(big) * 4), W_Int(big // 3), W_Int(big - 5 * n))),
            ("strs", program(W_Str("aaaaaaa"), W_Str("a"), W_Str(""))),
            ("ints", program(W_Int(n * 2), W_Int(3), W_Int(1)))]
    for name, code in runs:
        regs = [None] * 8
        for i in range(8):
            regs[i] = W_Int(0)
        r = run(name, code, regs, g, out)
        out.append("result " + r.str())
    w_count = g.get("count")
    print(w_count.str()[:60], len(w_count.str()))
    g.set("count", W_Str("reset"))
    regs = [W_Int(0)] * 8
    run("again", runs[0][1], regs, g, out)
    print(g.get("count").str()[:80])
    for line in out:
        print(line)
    print(printable(3, "x", runs[0][1]))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
