from __future__ import print_function
import os, sys


class Segment(object):
    def __init__(self, start, end):
        self.start = start
        self.end = end

    def length2(self):
        dx = self.end[0] - self.start[0]
        dy = self.end[1] - self.start[1]
        return dx * dx + dy * dy


def entry_point(argv):
    s = Segment((0, 0), (3, 4))
    print(s.length2(), s.start, s.end)
    s.end = (6, 8)
    print(s.length2())
    pairs = {}
    pairs["origin"] = (0, 0.5)
    x, y = pairs["origin"]
    print(x, y)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
