# jit: threshold=3
# pypylog: jit-log-opt
# A method with several targets called on an object read back from a field of another object
# allocated in the same iteration: the tracer records guard_class on the field's value (it does
# not know what the field holds), and allocation removal, which sees that the value is a virtual
# of that very class, drops the guard (ClassDescr::vtable, noted by the tracer at the class's
# first allocation). Before session 22 vtable was never set: the guard forced the shape out of
# its virtual state, and every iteration allocated it (new_with_vtable in the loop).
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


class Holder(object):
    def __init__(self, shape):
        self.shape = shape


def run(n, k):
    acc = 0
    while n > 0:
        driver.jit_merge_point(n=n, acc=acc, k=k)
        h = Holder(Square(n) if k else Rect(n, 2))
        acc += h.shape.area()
        n -= 1
    return acc


print(run(1000, 1), run(1000, 0))
