# check-traceback
# A builtin that needs a number, given a value that may be None: Python's TypeError for it.
import sys


def pick(xs, k):
    return xs[k] if k < len(xs) else None


print(abs(pick([-3, 4], 0)), int(pick([2.5], 0)))
print(abs(pick([-3, 4], 5)))
