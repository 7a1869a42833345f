from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["i"], reds=["acc", "n"])


def run(n):
    acc = 0
    i = 0
    while i < n:
        try:
            driver.jit_merge_point(i=i, acc=acc, n=n)
            acc += i
        finally:
            i += 1
    return acc


def entry_point(argv):
    print(run(10))
    return 0


def target(*args):
    return entry_point, None
