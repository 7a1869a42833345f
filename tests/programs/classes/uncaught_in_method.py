# check-stderr
from __future__ import print_function
import os, sys


class Stack(object):
    def __init__(self):
        self.items = []

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty Stack")
        return self.items.pop()


def entry_point(argv):
    s = Stack()
    s.items.append(1)
    print(s.pop())
    print(s.pop())
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
