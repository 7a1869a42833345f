from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["pc"], reds=["n"])


def run(n):
    pc = 0
    driver.jit_merge_point(pc=pc, n=n)
    return pc + n


def entry_point(argv):
    print(run(10))
    return 0


def target(*args):
    return entry_point, None
