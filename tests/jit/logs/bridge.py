# jit: threshold=3,trace_eagerness=2
# A loop whose branch goes the other way every third iteration: the guard that fails gets a
# bridge (jit-log-noopt-bridge), which ends by jumping back into the loop.
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["pc", "code"], reds=["n", "acc"])


def run(code, n):
    pc = 0
    acc = 0
    while pc < len(code):
        driver.jit_merge_point(pc=pc, code=code, n=n, acc=acc)
        c = code[pc]
        if c == "s":
            if n % 3 == 0:
                acc += 100
            else:
                acc += 1
            n -= 1
        elif c == "j":
            if n > 0:
                pc = 0
                continue
        pc += 1
    return acc


def entry_point(argv):
    print(run("sj", 30))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(None)
