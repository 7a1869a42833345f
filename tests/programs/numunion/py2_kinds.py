# python2
# RPython programs are Python 2.7: numbers of several kinds print as python2.7 prints them (str()
# of a float has 12 significant digits), and `/` floors two ints but divides a float.
import os


class Acc(object):
    def __init__(self):
        self.total = 0

    def add(self, v):
        self.total += v


def half(v):
    return v / 2


def pick(flag):
    if flag:
        return 7
    return 7.0


def entry_point(argv):
    c = len(argv) > 5
    x = 0
    if c:
        x = 1.5
    flag = True
    if c:
        flag = 2
    print x, flag, [x, flag], str(x), repr(flag)
    acc = Acc()
    for v in [1, 2]:
        acc.add(v)
    print acc.total, half(acc.total)
    acc2 = Acc()
    for v in [0.1, 0.2]:
        acc2.add(v)
    print acc2.total, repr(acc2.total), half(acc2.total)
    for v in [pick(True), pick(False)]:
        print v, v / 2, v // 2, v % 4, -v, v * 1.0, "%s %r %d %.2f" % (v, v, v, v), "{:>6}".format(v)
        print isinstance(v, int), isinstance(v, float), type(v / 2.0) is float
    d = {1: 1, 2: 2.5}
    d[3] = True
    print d, d[1], sum([1.0 / 3]), sum([]), max(2, 1.5), min(2, 1.5)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
