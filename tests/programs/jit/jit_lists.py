# Lists built inside a JIT portal: [c] * n with a constant item (codegen allocates it filled),
# [x] * n with a variable item, n * [c], and a list display, each read back in the loop.
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["pc"], reds=["i", "n", "acc"])


def run(n, pc):
    i = 0
    acc = 0
    while i < n:
        driver.jit_merge_point(pc=pc, i=i, n=n, acc=acc)
        zeros = [0] * (i % 5 + 1)
        same = [i] * 3
        ones = 2 * [1]
        pair = [i, acc % 7]
        zeros[len(zeros) - 1] = i
        acc += len(zeros) + zeros[-1] + same[2] + ones[1] + pair[1]
        i += 1
    return acc


def entry_point(argv):
    print(run(200, 0))
    print(run(7, 1))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
