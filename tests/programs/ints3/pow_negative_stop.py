# committed: python3 gives the float 0.5; rpy typed the power an int (its exponent is negative only at run time), so the program stops with the reason (RPYTHON.md 5)
# check-traceback
import sys


def power(base, exp):
    return base ** exp


e = len(sys.argv) - 2
print(power(2, e + 3))
try:
    print(power(2, e))
except ValueError:
    print("caught: Python raises nothing here")
