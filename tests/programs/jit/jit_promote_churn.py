# A promoted value that changes every few iterations: the globals of a small interpreter carry a
# version object, replaced at every store (as interpreters invalidate their caches: the elidable
# lookup's result stays right), the program storing every third iteration; and
# each LOAD promotes it and looks the name up through an @elidable function keyed by the version.
# The guard_value on the version fails on nearly every iteration with a value it never saw: the
# JIT must stay correct, and bound what the failures cost (a generic bridge that leaves the
# version unpromoted, after the per-value counts show no value worth a bridge of its own).
# A second phase changes the version rarely (a value worth a bridge), a third never.
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver, promote, elidable


class Version(object):
    pass


class Globals(object):
    def __init__(self):
        self.values = {}
        self.version = Version()
        self.stores = 0

    @elidable
    def _lookup(self, name, version):
        return self.values.get(name, 0)

    def load(self, name):
        v = promote(self.version)
        return self._lookup(name, v)

    def store(self, name, value):
        self.values[name] = value
        self.stores += 1
        self.version = Version()


driver = JitDriver(greens=["pc", "code"], reds=["acc", "g", "n", "every"])

# The program: acc += x; acc += 1; every `every` iterations x = acc % 1000 (a store: a new
# version); acc += y; n -= 1; loop while n > 0.
CODE = "LxAaSxLyDJ"


def run(g, n, every):
    pc = 0
    code = CODE
    acc = 0
    while True:
        driver.jit_merge_point(pc=pc, code=code, acc=acc, g=g, n=n, every=every)
        if pc >= len(code):
            break
        op = code[pc]
        if op == "L":
            name = code[pc + 1]
            acc = acc + g.load(name)
            pc += 2
        elif op == "A":
            acc = acc + len(code[pc + 1])
            pc += 2
        elif op == "S":
            if n % every == 0:
                g.store(code[pc + 1], acc % 1000)
            pc += 2
        elif op == "D":
            n -= 1
            pc += 1
        elif op == "J":
            if n > 0:
                pc = 0
            else:
                pc += 1
        else:
            raise ValueError(op)
    return acc


def entry_point(argv):
    n = 3000
    if len(argv) > 1:
        n = int(argv[1])
    for every in [3, 1, 2, 500, 1000000000]:
        g = Globals()
        g.values["x"] = 7
        g.values["y"] = n
        acc = run(g, n, every)
        print(every, acc, g.stores, g.load("x"), g.load("y"))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
