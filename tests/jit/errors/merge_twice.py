from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["pc"], reds=["n"])


def run(n):
    pc = 0
    while pc < n:
        driver.jit_merge_point(pc=pc, n=n)
        pc += 1
    while pc > 0:
        driver.jit_merge_point(pc=pc, n=n)
        pc -= 1
    return pc


def entry_point(argv):
    print(run(10))
    return 0


def target(*args):
    return entry_point, None
