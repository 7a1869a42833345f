# A merge point inside for loops the JIT cannot rewrite as while loops over hidden locals
# (docs/JIT.md 4.1): a dict's iterator, and a range() whose step is not a constant (its sign
# decides the loop's test). range(), lists and Python 2 strs are accepted
# (tests/programs/jit/jit_for_portal.py).
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["i"], reds=["acc"])
driver2 = JitDriver(greens=[], reds="auto")


def run(d):
    acc = 0
    for i in d:
        driver.jit_merge_point(i=i, acc=acc)
        acc += i
    return acc


def run2(n, step):
    acc = 0
    for i in range(0, n, step):
        driver2.jit_merge_point()
        acc += i
    return acc


def entry_point(argv):
    print(run({1: 2, 3: 4}))
    print(run2(10, len(argv)))
    return 0


def target(*args):
    return entry_point, None
