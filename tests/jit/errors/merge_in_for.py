# A merge point inside a for loop the JIT cannot restart in (docs/JIT.md 4.1): over an iterable
# that never gives an item. range(), xrange(), lists, strs, Python 2 unicode, Python 3 bytes,
# tuples, dicts, sets, files, iterators and instances are accepted (tests/programs/jit/
# jit_for_portal.py, jit_for_iterators.py, jit_for_unicode.py, jit_py3_for_bytes.py,
# jit_py3_for_file.py, jit_for_instance_iter.py; with a bare raise outside an except clause in a
# Python 2 program, refused until session 19: jit_for_instance_iter_exc_info.py).
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=[], reds=["acc"])
driver2 = JitDriver(greens=[], reds="auto")


class Countdown(object):
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def next(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


def run(n):
    acc = 0
    for c in Countdown(n):
        driver.jit_merge_point(acc=acc)
        acc += c
    return acc


def run2(n):
    acc = 0
    for x in {}:
        driver2.jit_merge_point()
        acc += n
    return acc


def again():
    raise


def entry_point(argv):
    if len(argv) > 5:
        again()
    print(run(3))
    print(run2(10))
    return 0


def target(*args):
    return entry_point, None
