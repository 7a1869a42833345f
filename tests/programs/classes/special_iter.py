from __future__ import print_function
import os, sys


class Countdown(object):
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def next(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

    def __next__(self):
        return self.next()


class Range2(object):
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def __iter__(self):
        return Range2Iter(self.lo, self.hi)


class Range2Iter(object):
    def __init__(self, cur, hi):
        self.cur = cur
        self.hi = hi

    def __iter__(self):
        return self

    def next(self):
        if self.cur >= self.hi:
            raise StopIteration
        v = self.cur
        self.cur += 2
        return v

    def __next__(self):
        return self.next()


def entry_point(argv):
    for x in Countdown(4):
        print(x)
    r = Range2(3, 10)
    print([x for x in r], [x * 10 for x in r])
    it = iter(Countdown(2))
    print(next(it), next(it))
    try:
        next(it)
    except StopIteration:
        print("StopIteration at the end")
    total = 0
    for x in Range2(0, 100):
        if x > 10:
            break
        total += x
    print(total)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
