from __future__ import print_function
import os, sys


class Obj(object):
    def __init__(self):
        self.x = 1
        self.name = "obj"


def entry_point(argv):
    o = Obj()
    print(getattr(o, "x"), getattr(o, "name"))
    setattr(o, "x", 42)
    print(o.x)
    print(hasattr(o, "x"), hasattr(o, "nope"))
    print(getattr(o, "name") + "!")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
