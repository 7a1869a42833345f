# Portals whose loops are entered many times and run a few iterations each (none, often): the
# trace started at a hot merge point often sees the loop end and the portal return before the
# loop comes around. RPython compiles such a trace too, ending in a finish that returns the
# portal's result (docs/JIT.md 7.4): here the results are an int, a float, an instance or None,
# a tuple, and nothing, and a portal raises after its loop on some entries. The loop conditions
# compare strs of constant nodes (folded while tracing) and of variables (pure calls).
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver


class Op(object):
    _immutable_fields_ = ["name", "arg"]

    def __init__(self, name, arg):
        self.name = name
        self.arg = arg


class Box(object):
    def __init__(self, v):
        self.v = v


int_driver = JitDriver(greens=["op"], reds=["n", "steps"])


def count_steps(op, n):
    steps = 0
    while True:
        int_driver.jit_merge_point(op=op, n=n, steps=steps)
        if n <= 0:
            break
        name = op.name
        if name == "half":
            n = n // 2
        elif name == "dec":
            n -= op.arg
        elif name >= "z":
            n -= 100
        else:
            n -= 1
        steps += 1
    return steps


float_driver = JitDriver(greens=["op"], reds=["i", "total"])


def float_sum(op, i):
    total = 0.5
    while i > 0:
        float_driver.jit_merge_point(op=op, i=i, total=total)
        if op.name != "neg":
            total += i * 0.25
        else:
            total -= i * 1.5
        i -= op.arg
    return total


ref_driver = JitDriver(greens=["op"], reds=["i", "box"])


def find_box(op, i):
    box = None
    while i > 0:
        ref_driver.jit_merge_point(op=op, i=i, box=box)
        if i % 3 == op.arg:
            box = Box(i * 10)
        i -= 1
    return box


tuple_driver = JitDriver(greens=["op"], reds=["i", "a", "b", "words"])


def split_count(op, i, words):
    a = 0
    b = 0
    while i > 0:
        tuple_driver.jit_merge_point(op=op, i=i, a=a, b=b, words=words)
        w = words[i % len(words)]
        if w == op.name:
            a += 1
        elif w < op.name:
            b += 2
        i -= 1
    if a > 0 and op.arg == 7:
        raise ValueError(op.name)
    return a, b


void_driver = JitDriver(greens=["op"], reds=["i", "out"])


def record(op, i, out):
    while i > 0:
        void_driver.jit_merge_point(op=op, i=i, out=out)
        out.append(i + op.arg)
        i -= 2


def entry_point(argv):
    ops = [Op("half", 1), Op("dec", 2), Op("other", 1), Op("zzz", 1), Op("neg", 3)]
    words = ["half", "dec", "zzz", "neg", "a", "other"]
    total = 0
    ftotal = 0.0
    boxes = 0
    errors = 0
    out = []
    for k in range(3000):
        op = ops[k % len(ops)]
        n = (k * 7) % 6  # 0..5 iterations: the loop often ends before it comes around
        total += count_steps(op, n)
        ftotal += float_sum(op, n)
        box = find_box(op, n)
        if box is not None:
            boxes += box.v
        try:
            a, b = split_count(Op(words[k % 6], 7 if k % 11 == 0 else 1), n + (k % 4), words)
            total += a * 3 + b
        except ValueError as e:
            errors += len(str(e)) + 1
        if k % 5 == 0:
            record(op, n, out)
    print(total, ftotal, boxes, errors, len(out), sum(out))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
