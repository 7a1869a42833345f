# Control flow in jitcode (docs/JIT.md 6.3): loops, try/except/finally with exits through
# finally, tuples in registers.
from rpython.rlib.jit import JitDriver, unroll_safe

driver = JitDriver(greens=["i"], reds=["n", "total"])


@unroll_safe
def scan(s, limit):
    found = 0
    for c in s:
        if c == "x":
            continue
        try:
            if found > limit:
                break
            found += 1
        finally:
            found += 10
    return found, limit


def run(n):
    i = 0
    total = 0
    while i < n:
        driver.jit_merge_point(i=i, n=n, total=total)
        try:
            a, b = scan("axbc", i)
            total += a * b
        except ValueError:
            total -= 1
        i += 1
    return total


def entry_point(argv):
    print(run(5))
    return 0


def target(*args):
    return entry_point, None
