# python2
# The sequence protocol in an RPython program: a class with __getitem__ and no __iter__ iterated
# by index until IndexError.
import os, sys


class Stack(object):
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def __getitem__(self, i):
        return self.items[len(self.items) - 1 - i]


def entry_point(argv):
    s = Stack()
    for w in ["a", "b", "c"]:
        s.push(w)
    for x in s:
        print x,
    print
    print [x + x for x in s], "".join(s)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
