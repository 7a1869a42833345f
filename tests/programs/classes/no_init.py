from __future__ import print_function
import os, sys


class Plain(object):
    def value(self):
        return 5


class WithAttrsLater(object):
    def setup(self, v):
        self.v = v
        return self


def entry_point(argv):
    p = Plain()
    print(p.value())
    w = WithAttrsLater().setup(3)
    print(w.v)
    w.v = w.v * 2
    print(w.v)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
