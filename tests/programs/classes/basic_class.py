from __future__ import print_function
import os, sys


class Counter(object):
    def __init__(self, start):
        self.value = start
        self.history = []

    def incr(self, by=1):
        self.history.append(self.value)
        self.value += by
        return self

    def get(self):
        return self.value


class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dist2(self, other):
        dx = self.x - other.x
        dy = self.y - other.y
        return dx * dx + dy * dy

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


def entry_point(argv):
    c = Counter(10)
    c.incr()
    c.incr(5).incr(2)
    print(c.get(), c.value, c.history)
    p = Point(1, 2)
    q = p.moved(3, 4)
    print(q.x, q.y, p.dist2(q), p.x)
    q.x = 100
    print(q.x, p.x)
    d = Counter(0)
    print(d.value, c is d, c is c)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
