from __future__ import print_function
import os, sys


def entry_point(argv):
    # RPython's flow space refuses a read after a loop that may run zero times: assigned first
    i = last = -1
    for i in range(4):
        last = i * 2
    print(i, last)
    w = ""
    for w in ["x", "yy"]:
        pass
    print(w)
    k = -1
    for k in []:
        pass
    print(k)
    total = 0
    for i in range(3):
        for i2 in range(i):
            total += i2
    print(total, i)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
