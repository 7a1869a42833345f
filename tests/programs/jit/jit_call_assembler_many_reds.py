# python2
# A recursive portal with many reds of every kind (ints, a float, a str, instances): machine
# code's call_assembler stores the reds straight from their registers or frame slots into the
# callee's frame, in registers that hold none of them (docs/JIT.md 7.7, session 22), or through
# the scratch area when too few registers are free. Calls come from a loop that keeps many
# values live across them, so some reds sit in registers and some in slots; the callee's result
# depends on every red.
import sys
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["depth"], reds=["n", "a", "b", "x", "s", "box", "acc"])


class Box(object):
    def __init__(self, v):
        self.v = v


def walk(depth, n, a, b, x, s, box):
    acc = 0
    while n > 0:
        driver.jit_merge_point(depth=depth, n=n, a=a, b=b, x=x, s=s, box=box, acc=acc)
        if depth > 0 and n % 3 == 0:
            p = a + 1
            q = b * 2 - 1
            r = x * 0.5
            t = s + "."
            u = Box(box.v + n)
            acc += walk(depth - 1, n // 2, p, q, r, t, u) + p - q + len(t) + u.v
        acc += a * n - b + int(x) + len(s) + box.v
        n -= 1
    return acc % 1000000007


def entry_point(argv):
    n = int(argv[1]) if len(argv) > 1 else 60
    print walk(3, n, 1, 2, 3.5, "ab", Box(7))
    print walk(5, n // 2, -4, 9, -2.25, "", Box(-1))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
