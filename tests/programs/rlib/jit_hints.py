from __future__ import print_function
import os, sys
from rpython.rlib import jit
from rpython.rlib.jit import (elidable, purefunction, unroll_safe, dont_look_inside,
                              look_inside_iff, promote, promote_string, hint, isconstant,
                              we_are_jitted, elidable_promote, set_param, JitDriver)

TABLE = [i * i for i in range(100)]


@elidable
def lookup(i):
    return TABLE[i]


@purefunction
def old_style(i):
    return i + 1000


@unroll_safe
def sum_first(n):
    s = 0
    for i in range(n):
        s += TABLE[i]
    return s


@dont_look_inside
def opaque(s):
    return s[::-1]


@look_inside_iff(lambda n: jit.isconstant(n))
def maybe_inlined(n):
    return n * 3


@elidable_promote()
def promoted(x, y):
    return x * 10 + y


driver = JitDriver(greens=["i"], reds=["total"])


def loop(n):
    set_param(driver, "threshold", 200)
    set_param(None, "trace_limit", 10000)
    i = 0
    total = 0
    while i < n:
        driver.jit_merge_point(i=i, total=total)
        total += promote(i)
        i += 1
    return total


def entry_point(argv):
    print(lookup(7), old_style(1), sum_first(5), opaque("abc"), maybe_inlined(4))
    print(promoted(3, 4), promote(5) + 1, promote_string("s") + "t")
    x = hint(42, promote=True)
    print(x, isconstant(x) or True, we_are_jitted())
    print(loop(10))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
