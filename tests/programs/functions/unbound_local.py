# A local assigned on one path only and read on another: Python raises UnboundLocalError (here
# caught); rpy read the C++ variable's zero (ir/webs.cpp now finds the read may be unbound).
import sys


def pick(n):
    if n > 3:
        x = n
    try:
        return x
    except UnboundLocalError:
        return -1


def last_of(n):
    for i in range(n):
        last = i * 2
    try:
        return last
    except UnboundLocalError:
        return -1


print(pick(len(sys.argv)))
print(last_of(3), last_of(len(sys.argv) - 1))
