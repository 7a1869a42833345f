# jit: threshold=3,trace_eagerness=3
# pypylog: jit-log-noopt,jit-abort
# A promoted value replaced at every iteration: the loop's guard_value fails each time with a new
# value. Its failures are counted per value (none reaches trace_eagerness in a row), and after
# twice trace_eagerness failures the guard gets a generic bridge, in which the value stays a
# variable (no guard_value; the elidable call is a call_pure instead of a constant).
from __future__ import print_function
from rpython.rlib.jit import JitDriver, promote, elidable


class Version(object):
    pass


class Box(object):
    def __init__(self):
        self.version = Version()
        self.value = 0

    @elidable
    def read(self, version):
        return self.value


driver = JitDriver(greens=[], reds=["n", "acc", "box"])


def run(box, n):
    acc = 0
    while n > 0:
        driver.jit_merge_point(n=n, acc=acc, box=box)
        acc += box.read(promote(box.version))
        box.value = n
        box.version = Version()
        n -= 1
    return acc


def entry_point(argv):
    print(run(Box(), 20))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(None)
