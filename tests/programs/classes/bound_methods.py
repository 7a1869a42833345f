from __future__ import print_function
import os, sys


class Acc(object):
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)
        return len(self.items)


def call_twice(f, x):
    f(x)
    return f(x)


def entry_point(argv):
    a = Acc()
    add = a.add
    add(1)
    add(2)
    print(a.items)
    print(call_twice(a.add, 9), a.items)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
