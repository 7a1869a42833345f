from __future__ import print_function
import os, sys


def fill(l, n):
    for i in range(n):
        l.append(i)


def entry_point(argv):
    a = [1, 2, 3]
    b = a
    b.append(4)
    print(a, a is b)
    c = list(a)
    c.append(5)
    print(a, c, a is c, a == c[:4])
    d = []
    fill(d, 3)
    print(d)
    lists = [d, a]
    lists[0].append(99)
    print(d)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
