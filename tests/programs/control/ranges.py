from __future__ import print_function
import os, sys


def entry_point(argv):
    print([i for i in range(5)])
    print([i for i in range(2, 6)])
    print([i for i in range(0, 20, 5)])
    print([i for i in range(10, 0, -3)])
    print([i for i in range(5, 5)], [i for i in range(5, 0)], [i for i in range(0, 5, -1)])
    print([i for i in range(-5, -1)], [i for i in range(-1, -10, -4)])
    n = len(argv) + 4
    total = 0
    for i in range(n):
        total += i
    print(total)
    # RPython's flow space refuses a read after a loop that may run zero times: assigned first
    i = -1
    for i in range(3):
        pass
    print("last i", i)
    r = range(1, 4)
    print(len(r), r[0], r[-1], list(r))
    s = 0
    for i in range(1000000000, 1000000010, 3):
        s += i
    print(s)
    try:
        range(1, 5, len(argv) - 1)
        print("no error")
    except ValueError:
        print("range step 0: ValueError")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
