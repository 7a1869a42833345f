# jit: threshold=3
# pypylog: jit-log-opt,jit-backend-counts
# promote_string(s) guards on the string's contents (RPython's str_guard_value), not its address:
# a name built again in every iteration (an equal str, another object) passes the guard, and the
# elidable lookup keyed on it folds to a constant. Before session 21 it was a guard_value on the
# address, which failed in every iteration.
from __future__ import print_function
from rpython.rlib.jit import JitDriver, elidable, promote_string

driver = JitDriver(greens=[], reds=["n", "acc", "k"])
TABLE = {"ab": 3, "cd": 5}


@elidable
def lookup(name):
    return TABLE.get(name, 0)


def run(n, k):
    acc = 0
    while n > 0:
        driver.jit_merge_point(n=n, acc=acc, k=k)
        name = "a" + k  # a new str each time
        acc += lookup(promote_string(name))
        n -= 1
    return acc


print(run(100, "b"), run(50, "x"))
