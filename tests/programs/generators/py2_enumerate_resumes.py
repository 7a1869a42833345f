# python2
# Python 2's enumerate() asks its iterator again at each next(): an iterator that ended once may
# give more later, and the count goes on from the items already given.
from __future__ import print_function


class Flaky(object):
    def __init__(self, items, gap):
        self.items = items
        self.i = 0
        self.gap = gap
        self.stopped = False

    def __iter__(self):
        return self

    def next(self):
        if self.i == self.gap and not self.stopped:
            self.stopped = True
            raise StopIteration
        if self.i >= len(self.items):
            raise StopIteration
        x = self.items[self.i]
        self.i += 1
        return x


def run():
    e = enumerate(Flaky(["a", "b", "c", "d"], 2), 1)
    for i, x in e:
        print("first", i, x)
    for i, x in e:
        print("second", i, x)
    print(next(e, None))
    e2 = enumerate(Flaky(["p", "q", "r"], 1))
    print(next(e2))
    try:
        next(e2)
    except StopIteration:
        print("stopped")
    print(list(e2), list(e2))


def entry_point(argv):
    run()
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    run()
