from __future__ import print_function
import os, sys


class Formatter(object):
    def __init__(self, width=10, fill=" "):
        self.width = width
        self.fill = fill

    def pad(self, s, left=False, width=0):
        w = width if width > 0 else self.width
        n = w - len(s)
        if n <= 0:
            return s
        if left:
            return self.fill * n + s
        return s + self.fill * n


def entry_point(argv):
    f = Formatter()
    g = Formatter(fill=".", width=6)
    print("[" + f.pad("abc") + "]")
    print("[" + f.pad("abc", left=True) + "]")
    print("[" + g.pad("x") + "]", "[" + g.pad("x", width=3) + "]", "[" + g.pad(left=True, s="yz") + "]")
    print("[" + g.pad("toolongvalue") + "]")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
