from __future__ import print_function
import os, sys


def entry_point(argv):
    print(str(0), str(-5), str(123456789012), str(10 ** 18))
    print(repr(42), repr(-1))
    print(len(str(2 ** 40)), str(7) + str(8))
    n = 1
    digits = []
    for i in range(12):
        digits.append(str(n))
        n = n * 7
    print(" ".join(digits))
    print(str(-9223372036854775807 - 1))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
