# Exceptions raised and caught inside a JIT loop (docs/JIT.md 7.6): a residual call that raises
# now and then (the trace records the call and the class it raised, then the handler), a call
# that raises another class or returns normally where the trace expected the exception, a raise
# caught by the same function, and a handler that reads the variable the call did not assign.
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver, dont_look_inside

driver = JitDriver(greens=["pc"], reds=["i", "n", "acc", "x", "errors"])


class Odd(Exception):
    pass


@dont_look_inside
def check(i):
    if i % 3 == 0:
        raise ValueError("multiple of three")
    if i % 7 == 0:
        raise Odd()
    return i * 2


def run(n, pc):
    i = 0
    acc = 0
    x = -1
    errors = 0
    while i < n:
        driver.jit_merge_point(pc=pc, i=i, n=n, acc=acc, x=x, errors=errors)
        try:
            x = check(i)
            acc += x
        except ValueError:
            acc -= x  # the x of the previous iteration: check() did not return
            errors += 1
        except Odd:
            errors += 100
        try:
            if i % 5 == 0:
                raise KeyError(i)
            acc += 1
        except KeyError as e:
            acc += 3
        i += 1
    return acc, x, errors


def entry_point(argv):
    print(run(300, 0))
    print(run(50, 1))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
