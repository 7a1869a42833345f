from __future__ import print_function
import os, sys


def entry_point(argv):
    pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (0, -5),
             (1, 10), (-1, 10), (1, -10), (-1, -10), (9223372036854775807, 2),
             (-9223372036854775807, 10), (123456789, -1000)]
    for a, b in pairs:
        print(a, b, a // b, a % b, divmod(a, b))
    n = -17
    n //= 4
    print(n)
    m = -17
    m %= 4
    print(m)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
