from __future__ import print_function
import os, sys


class Bag(object):
    def __init__(self):
        self.items = []

    def add(self, x, n):
        for i in range(n):
            self.items.append(x)

    def __iter__(self):
        for x in self.items:
            yield x

    def __len__(self):
        return len(self.items)

    def __contains__(self, x):
        return x in self.items

    def distinct(self):
        seen = []
        for x in self:
            if x not in seen:
                seen.append(x)
                yield x


def entry_point(argv):
    b = Bag()
    b.add("a", 2)
    b.add("b", 1)
    b.add("a", 1)
    print([x for x in b], len(b), "b" in b, "z" in b)
    print(list(b.distinct()))
    n = 0
    for x in b:
        if x == "a":
            n += 1
    print(n)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
