from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["i"], reds=["acc"])


def run(n):
    acc = 0
    for i in range(n):
        driver.jit_merge_point(i=i, acc=acc)
        acc += i
    return acc


def entry_point(argv):
    print(run(10))
    return 0


def target(*args):
    return entry_point, None
