# jit: threshold=3
# pypylog: jit-log-opt
# A method with several targets called on an object read back from a field of another object
# allocated in the same iteration: the tracer records guard_class on the field's value (it does
# not know what the field holds), and allocation removal, which sees that the value is a virtual
# of that very class, drops the guard (ClassDescr::vtable, noted by the tracer at the class's
# first allocation). Before session 22 vtable was never set: the guard forced the step out of
# its virtual state, and every iteration allocated it (new_with_vtable in the loop).
from __future__ import print_function
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=[], reds=["i", "total", "mode"])


class Step(object):
    def apply(self, x):
        return x


class AddStep(Step):
    def __init__(self, k):
        self.k = k

    def apply(self, x):
        return x + self.k


class ScaleStep(Step):
    def __init__(self, k, shift):
        self.k = k
        self.shift = shift

    def apply(self, x):
        return (x * self.k) >> self.shift


class Slot(object):
    def __init__(self, step):
        self.step = step


def run(i, mode):
    total = 0
    while i > 0:
        driver.jit_merge_point(i=i, total=total, mode=mode)
        slot = Slot(AddStep(i) if mode else ScaleStep(i, 1))
        total += slot.step.apply(3)
        i -= 1
    return total


print(run(1000, 1), run(1000, 0))
