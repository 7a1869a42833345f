# A Python 3 script: a bare raise outside an except clause re-raises the exception its caller's
# clause handles. An interpreter's error path: the portal's except clause calls `rethrow()`, or
# `log_and_rethrow()` which calls it after some work, or `maybe_rethrow()` which raises only for
# some errors; the clause's own bare raise and a clause that catches the re-raised exception
# again. Checked in every JIT mode (jit/programs): the clause is jitcode, the re-raise compiled.
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["pc"], reds=["acc", "n", "log"])


class VMError(Exception):
    def __init__(self, code):
        self.code = code


def rethrow():
    raise


def log_and_rethrow(log):
    log.append(len(log))
    rethrow()


def maybe_rethrow(x):
    if x % 2 == 0:
        raise
    return x


def step(x):
    if x % 3 == 0:
        raise ValueError("v%d" % x)
    if x % 5 == 0:
        raise VMError(x)
    return x


def run(n):
    acc = 0
    pc = 0
    log = []
    while n > 0:
        driver.jit_merge_point(pc=pc, acc=acc, n=n, log=log)
        try:
            try:
                acc += step(n)
            except ValueError:
                if n % 2 == 0:
                    rethrow()
                else:
                    log_and_rethrow(log)
            except VMError as e:
                acc += maybe_rethrow(e.code) * 2
        except ValueError as e:
            acc += len(str(e))
        except VMError as e:
            try:
                raise
            except VMError as e2:
                acc += e2.code * 3
        n -= 1
    return acc + len(log)


print(run(300))
