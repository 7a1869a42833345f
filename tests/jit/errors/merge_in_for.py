# A merge point inside for loops the JIT has no iterator to hand back for (docs/JIT.md 4.1): a
# Python 2 unicode string's, and a for loop whose iterable never gives an item. range(), xrange(),
# lists, strs, tuples, dicts, sets and iterators are accepted (tests/programs/jit/
# jit_for_portal.py, jit_for_iterators.py).
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["c"], reds=["acc"])
driver2 = JitDriver(greens=[], reds="auto")


def run(u):
    acc = 0
    for c in u:
        driver.jit_merge_point(c=c, acc=acc)
        acc += ord(c)
    return acc


def run2(n):
    acc = 0
    for x in {}:
        driver2.jit_merge_point()
        acc += n
    return acc


def entry_point(argv):
    print(run(u"abc"))
    print(run2(10))
    return 0


def target(*args):
    return entry_point, None
