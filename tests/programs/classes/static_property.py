from __future__ import print_function
import os, sys


class Temp(object):
    def __init__(self, c):
        self._c = c

    def get_f(self):
        return self._c * 9 // 5 + 32

    def set_f(self, f):
        self._c = (f - 32) * 5 // 9

    fahrenheit = property(get_f, set_f)

    @staticmethod
    def freezing():
        return 0

    @staticmethod
    def add(a, b):
        return a + b


class Box(object):
    def __init__(self, w):
        self._w = w

    @property
    def width(self):
        return self._w * 2


def entry_point(argv):
    t = Temp(100)
    print(t.fahrenheit)
    t.fahrenheit = 50
    print(t._c, t.fahrenheit)
    print(Temp.freezing(), Temp.add(2, 3), t.add(4, 5))
    print(Box(21).width)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
