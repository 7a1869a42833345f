from __future__ import print_function
import os, sys


def first_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        return -1
    return d


def search(items, x):
    for i in items:
        if i == x:
            print("found", x)
            break
    else:
        print("not found", x)


def entry_point(argv):
    print(first_divisor(91), first_divisor(97), first_divisor(2))
    search([1, 2, 3], 2)
    search([1, 2, 3], 5)
    search([], 1)
    # RPython's flow space refuses a read after a loop that may run zero times: assigned first
    i = -1
    for i in range(3):
        pass
    else:
        print("else after complete loop, i =", i)
    for c in "abc":
        if c == "b":
            continue
        print(c)
    else:
        print("else after continue-only loop")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
