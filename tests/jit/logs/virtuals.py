# jit: threshold=3
# pypylog: jit-log-opt
# Allocation removal (docs/JIT.md 11.3): the temporary box of each iteration is never allocated
# (no new_with_vtable for it in the optimized loop; the guard that may fail while it is live
# keeps it in its resume data), and the box live across the back edge is carried as its field
# (virtual state): the loop's label and jump pass the int, neither copy allocates it.
from __future__ import print_function
from rpython.rlib.jit import JitDriver


class Box(object):
    def __init__(self, v):
        self.v = v


driver = JitDriver(greens=[], reds=["n", "acc"])


def run(n):
    acc = Box(0)
    while n > 0:
        driver.jit_merge_point(n=n, acc=acc)
        t = Box(n * 3)
        if t.v > 1000000:
            print("big")
        acc = Box(acc.v + t.v % 7)
        n -= 1
    return acc


def entry_point(argv):
    print(run(40).v)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(None)
