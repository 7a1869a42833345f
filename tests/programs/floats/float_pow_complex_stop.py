# committed: python3's result is a complex number; translated code has none, so the program stops with the reason (RPYTHON.md 5)
# check-traceback
import sys


def root(x, p):
    return x ** p


x = 2.0 - len(sys.argv) * 10
print(root(-x, 0.5))
try:
    print(root(x, 0.5))
except ValueError:
    print("not caught: the program stops")
