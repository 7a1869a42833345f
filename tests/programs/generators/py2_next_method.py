# python2
import os, sys


class Counter(object):
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def next(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * 10


def gen(n):
    for i in range(n):
        yield i * i


def entry_point(argv):
    c = Counter(3)
    print c.next(), c.next()
    for x in c:
        print "rest", x
    print [x for x in Counter(2)]
    g = gen(4)
    print g.next(), g.next(), list(g)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
