# jit: threshold=3
# pypylog: jit-log-opt
# A method with several targets called on an object allocated in the same iteration: the object's
# class is known from its allocation, so the call needs no guard_class and allocation removal
# keeps the object virtual (no new_with_vtable in the loops). Before session 21 the tracer
# recorded guard_class on the fresh object, an escape for allocation removal (ClassDescr::vtable
# is null), and every iteration allocated it.
from __future__ import print_function
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=[], reds=["n", "acc", "k"])


class Shape(object):
    def area(self):
        return 0


class Square(Shape):
    def __init__(self, a):
        self.a = a

    def area(self):
        return self.a * self.a


class Rect(Shape):
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def area(self):
        return self.a * self.b


def run(n, k):
    acc = 0
    while n > 0:
        driver.jit_merge_point(n=n, acc=acc, k=k)
        s = Square(n) if k else Rect(n, 2)
        acc += s.area()
        n -= 1
    return acc


print(run(1000, 1), run(1000, 0))
