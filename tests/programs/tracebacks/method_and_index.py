# check-traceback
# IndexError raised by the runtime inside a method, reached through another method.
from __future__ import print_function
import os, sys


class Stack(object):
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def peek(self, depth):
        return self.items[len(self.items) - 1 - depth]

    def describe(self, depth):
        return "item %d" % self.peek(depth)


def entry_point(argv):
    s = Stack()
    for i in range(3):
        s.push(i * 10)
    print(s.describe(0))
    print(s.describe(2))
    print(s.describe(7))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
