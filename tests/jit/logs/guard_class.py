# jit: threshold=3
# pypylog: jit-log-opt
# Method calls with several targets and isinstance() in a trace: the receiver's class is fixed
# by one guard_class (docs/JIT.md 7.3), the method that class finds is traced inline (no
# residual call), and a second call or isinstance() on the same object needs no other guard.
from __future__ import print_function
from rpython.rlib.jit import JitDriver


class Op(object):
    def apply(self, x):
        return x

    def cost(self):
        return 1


class Add(Op):
    def __init__(self, k):
        self.k = k

    def apply(self, x):
        return x + self.k


class Mul(Op):
    def __init__(self, k):
        self.k = k

    def apply(self, x):
        return x * self.k

    def cost(self):
        return 3


driver = JitDriver(greens=[], reds=["n", "acc", "ops"])


def run(ops, n):
    acc = 0
    while n > 0:
        driver.jit_merge_point(n=n, acc=acc, ops=ops)
        op = ops[n % 2]
        acc = op.apply(acc) % 1000 + op.cost()
        if isinstance(op, Mul):
            acc += 1
        n -= 1
    return acc


def entry_point(argv):
    print(run([Add(5), Mul(7)], 40))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(None)
