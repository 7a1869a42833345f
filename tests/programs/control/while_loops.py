from __future__ import print_function
import os, sys


def entry_point(argv):
    i = 0
    while i < 5:
        print(i)
        i += 1
    n = 27
    steps = 0
    while n > 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    print(steps)
    k = 0
    while True:
        k += 3
        if k > 20:
            break
    print(k)
    j = 10
    while j:
        j -= 1
        if j % 3:
            continue
        print("j", j)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
