# jit: threshold=3
# A merge point inside `for i in range(...)` (vanila's shape): the for loop is a while loop over
# hidden locals, the range's next index and its stop ($for_i, $for_end, docs/JIT.md 4.1), which
# are reds of the trace like the object the loop updates and the loop variable (assigned at the
# loop's head, before the merge point).
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=[], reds=["c"])


class C(object):
    pass


def run(n):
    c = C()
    c.x = 0
    c.y = 1
    for i in range(2, n):
        driver.jit_merge_point(c=c)
        c.x += c.y + i
    return c.x


def entry_point(argv):
    print(run(12))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(None)
