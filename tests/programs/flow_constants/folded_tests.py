# Tests that RPython's flow space decides from constants (module globals are constants): `not`,
# comparisons of two numbers or two strings, and `and`/`or` whose operands decide. Only the
# branch such a test selects exists, so a loop whose test is constantly true exits only by break
# or return, and a local assigned under a test that is constantly true is assigned. None of these
# is refused.
from __future__ import print_function
import sys

LIMIT = 3
DEBUG = False
MODE = "fast"
SCALE = 2.5


def loop_compare(n):
    while LIMIT > 0:
        v = n * 2
        if v > 3:
            break
        n += 1
    return v


def loop_and_not(n):
    while not DEBUG and LIMIT >= 2:
        w = n
        n += 1
        if n > 4:
            break
    return w


def loop_or(n):
    while DEBUG or n > 100 or MODE == "fast":
        u = n
        break
    return u


def loop_float(n):
    while SCALE > 1:
        f = n * SCALE
        return f
    return -1.0


def if_compare(n):
    if LIMIT == 3 and MODE != "slow":
        y = n + 1
    return y


def if_else_folded(n):
    if MODE < "b" or LIMIT < 0:
        z = "never"
        return z
    elif n > LIMIT * 100:
        z = "big"
    else:
        z = "small"
    return z


def if_decided_by_later_operand(n):
    if n > 0 and DEBUG:
        t = -1
        print("not reached")
    else:
        t = n
    return t


def entry_point(argv):
    n = len(argv)
    print(loop_compare(n), loop_and_not(n), loop_or(n), loop_float(n))
    print(if_compare(n), if_else_folded(n), if_decided_by_later_operand(n))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
