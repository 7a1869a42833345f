# Integer edge cases in JIT-compiled loops: machine-word wrapping through intmask, r_uint
# arithmetic and comparisons, shifts by up to 63, floor division and modulo of negative numbers
# by positive and negative constants and variables, values near the word's limits, ovfcheck on
# addition, subtraction and multiplication, and comparisons that bounds analysis could decide
# wrongly if it forgot the wrapping.
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver
from rpython.rlib.rarithmetic import intmask, r_uint, ovfcheck

driver = JitDriver(greens=["mode"], reds=["i", "n", "acc", "x", "log"])

BIG = 9223372036854775807


def body(mode, i, acc, x, log):
    if mode == 0:
        x = intmask(x * 6364136223846793005 + 1442695040888963407)
        acc ^= x >> (i % 64)
        acc += (x & 0xffff) << (i % 48)
        acc = intmask(acc)
    elif mode == 1:
        u = r_uint(x) * r_uint(2862933555777941757) + r_uint(3037000493)
        x = intmask(u)
        if u > r_uint(BIG):
            acc += 1
        acc += intmask(u >> 60)
    elif mode == 2:
        d = (i % 7) - 3
        if d != 0:
            acc += (x // d) + (x % d) + (-x // 7) + (-x % 7) + (x // -5) + (x % -5)
        x = x * 3 - i if -1000000 < x < 1000000 else x // 17
    elif mode == 3:
        try:
            x = ovfcheck(x + BIG // 3)
        except OverflowError:
            log.append("add %d" % i)
            x = -BIG + i
        try:
            acc = ovfcheck(acc * 3)
        except OverflowError:
            log.append("mul %d" % i)
            acc = i - BIG
        try:
            acc = ovfcheck(acc - BIG // 2)
        except OverflowError:
            log.append("sub %d" % i)
            acc = BIG - i
    elif mode == 4:
        y = x + 1  # wraps at the limit (x climbs to BIG)
        y = intmask(y)
        if y < x:
            log.append("wrapped %d" % i)
            x = BIG - 3
        else:
            x = y
        if x > BIG - 10:
            acc += 1
    return acc, x


def run(mode, n, x):
    i = 0
    acc = 0
    log = []
    while i < n:
        driver.jit_merge_point(mode=mode, i=i, n=n, acc=acc, x=x, log=log)
        acc, x = body(mode, i, acc, x, log)
        i += 1
    return acc, x, log


def entry_point(argv):
    n = 300
    if len(argv) > 1:
        n = int(argv[1])
    starts = [0, 12345, BIG - 50, -BIG - 1 + 7]
    for mode in range(5):
        for x in starts:
            acc, x2, log = run(mode, n, x)
            print(mode, x, acc, x2, len(log), " ".join(log[:6]))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
