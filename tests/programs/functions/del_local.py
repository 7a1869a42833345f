# `del` of a function local, then a read: Python raises UnboundLocalError (here caught); rpy read
# the old value. Known wrong answer (tests/programs/xfail.txt).
import sys


def f(n):
    x = n
    del x
    try:
        return x
    except UnboundLocalError:
        return -1


print(f(len(sys.argv)))
