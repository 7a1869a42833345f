from __future__ import print_function
import os, sys


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(xs):
    for x in xs:
        yield x * x


def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i


def entry_point(argv):
    for i in count_up(4):
        print(i)
    print(list(squares([1, 2, 3])))
    print([e for e in evens(10)])
    total = 0
    for s in count_up(5):
        total += s * s
    print(total)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
