# python2
# Values that may be None read where their value is needed, in a JIT portal: a list subscript, a
# str method and len() (a guard in the trace), and an int in arithmetic (in a function the JIT
# leaves residual), each None only after the loop is hot. The traced code must raise Python's
# TypeError / AttributeError, with its message, as the interpreter does.
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["pc"], reds=["i", "n", "total", "errors"])


def table(i, n):
    if i < n - 3:
        return [i, i + 1, i + 2]
    return None


def weight(i, n):
    if i % 50 == 49 or i >= n - 2:
        return None
    return i % 5


def scaled(i, n):
    w = weight(i, n)
    return w * 2


def label(i, n):
    if i == n - 1 or i == 120:
        return None
    return "k%d" % (i % 3)


def run(n):
    pc = 0
    i = 0
    total = 0
    errors = 0
    while i < n:
        driver.jit_merge_point(pc=pc, i=i, n=n, total=total, errors=errors)
        try:
            xs = table(i, n)
            total += xs[1]
            total += scaled(i, n)
            s = label(i, n)
            total += len(s.upper())
            s = label(i + 1, n)
            total += len(s)
        except TypeError as e:
            errors += 1
            print("TypeError", i, e)
        except AttributeError as e:
            errors += 1
            print("AttributeError", i, e)
        i += 1
    return total, errors


def entry_point(argv):
    print(run(200))
    print(run(10))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
