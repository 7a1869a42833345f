# python2
# check-traceback
# An uncaught exception whose class defines __str__: the traceback's last line shows it.
from __future__ import print_function
import sys


class BadInput(Exception):
    def __init__(self, pos, char):
        self.pos = pos
        self.char = char

    def __str__(self):
        return "unexpected %r at position %d" % (self.char, self.pos)


def scan(text):
    for i in range(len(text)):
        if not text[i].isdigit():
            raise BadInput(i, text[i])
    return len(text)


def entry_point(argv):
    print(scan("123"))
    print(scan("12x4"))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
