from __future__ import print_function
import os, sys


class Base(object):
    def __init__(self):
        self.value = 0
        self.label = "base"

    def bump(self):
        self.value += 1


class Left(Base):
    def __init__(self):
        Base.__init__(self)
        self.label = "left"
        self.extra = 1.5


class Right(Base):
    def bump(self):
        self.value += 10


def total(objs):
    s = 0
    for o in objs:
        o.bump()
        s += o.value
    return s


def entry_point(argv):
    objs = [Base(), Left(), Right(), Left()]
    print(total(objs), total(objs))
    print([o.label for o in objs])
    l = objs[1]
    if isinstance(l, Left):
        print(l.extra * 2)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
