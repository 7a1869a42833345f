from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["pc"], reds=["acc", "n"])


def run(n):
    acc = 0
    pc = 0
    while pc < n:
        driver.jit_merge_point(pc=pc + 0, acc=acc, code=n)
        acc += pc
        pc += 1
    return acc


def entry_point(argv):
    print(run(10))
    return 0


def target(*args):
    return entry_point, None
