# `del` of a function local, then a read: Python raises UnboundLocalError (here caught); rpy read
# the old value (ir/webs.cpp now finds the read may be unbound).
import sys


def f(n):
    x = n
    del x
    try:
        return x
    except UnboundLocalError:
        return -1


print(f(len(sys.argv)))
