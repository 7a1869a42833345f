from __future__ import print_function
import os, sys


class ReprMixin(object):
    _mixin_ = True

    def describe(self):
        return self.kind() + "#" + str(self.ident)


class CountMixin(object):
    _mixin_ = True

    def bump(self):
        self.counter += 1
        return self.counter


class Base(object):
    def __init__(self, ident):
        self.ident = ident
        self.counter = 0

    def kind(self):
        return "base"


class Widget(Base, ReprMixin, CountMixin):
    def kind(self):
        return "widget"


class Gadget(Base, ReprMixin):
    def kind(self):
        return "gadget"


def entry_point(argv):
    w = Widget(7)
    g = Gadget(8)
    print(w.describe(), g.describe())
    w.bump()
    print(w.bump())
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
