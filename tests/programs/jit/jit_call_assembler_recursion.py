# Unbounded recursion through a recursive portal call whose callee has compiled code: the call
# (call_assembler, docs/JIT.md 7.7) checks the stack as the portal's own entry does, so the
# program gets a RecursionError (a RuntimeError in Python 2) it can catch. Before, machine code
# called itself level after level without that check until the C stack ran out ("the C stack was
# exhausted by deep recursion", exit status 1), both through call_portal_at_merge_point (C++) and
# from machine code directly.
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["pc"], reds=["n", "limit"])


def run(pc, n, limit):
    while True:
        driver.jit_merge_point(pc=pc, n=n, limit=limit)
        if n < limit:
            return run(pc, n + 1, limit) + 1
        return n


def entry_point(argv):
    t = 0
    for i in range(3000):
        t += run(0, 0, 50)
    print(t)
    for k in range(3):
        try:
            print(run(0, 0, 100000000))
        except RuntimeError:
            print("recursion", k)
    print(run(0, 0, 60))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
