# A merge point inside for loops the JIT cannot rewrite as while loops over hidden locals
# (docs/JIT.md 4.1): a dict's iterator, and a generator's. range(), xrange(), lists and Python 2
# strs are accepted (tests/programs/jit/jit_for_portal.py).
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["i"], reds=["acc"])
driver2 = JitDriver(greens=[], reds="auto")


def run(d):
    acc = 0
    for i in d:
        driver.jit_merge_point(i=i, acc=acc)
        acc += i
    return acc


def gen(n):
    i = 0
    while i < n:
        yield i
        i += 1


def run2(n):
    acc = 0
    for i in gen(n):
        driver2.jit_merge_point()
        acc += i
    return acc


def entry_point(argv):
    print(run({1: 2, 3: 4}))
    print(run2(10))
    return 0


def target(*args):
    return entry_point, None
