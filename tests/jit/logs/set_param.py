# jit: threshold=2
# set_param from the program: a trace limit this low abandons the trace (jit-abort), and the
# program goes on with its meaning intact.
from rpython.rlib.jit import JitDriver, set_param

driver = JitDriver(greens=["pc", "code"], reds=["n", "acc"])


def run(code, n):
    pc = 0
    acc = 0
    while pc < len(code):
        driver.jit_merge_point(pc=pc, code=code, n=n, acc=acc)
        c = code[pc]
        if c == "a":
            acc += n * 3 + (n & 7) - (acc >> 3)
        elif c == "j":
            n -= 1
            if n > 0:
                pc = 0
                continue
        pc += 1
    return acc


def entry_point(argv):
    set_param(driver, "trace_limit", 6)
    print(run("aaaaj", 10))
    set_param(None, "trace_limit", 10000)
    print(run("aj", 10))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(None)
