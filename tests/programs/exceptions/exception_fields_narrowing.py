from __future__ import print_function
import os, sys


class Failure(Exception):
    def __init__(self, where):
        self.where = where


class Timeout(Failure):
    def __init__(self, where, seconds):
        Failure.__init__(self, where)
        self.seconds = seconds


class Refused(Failure):
    def __init__(self, where, code):
        Failure.__init__(self, where)
        self.code = code


def connect(i):
    if i == 0:
        raise Timeout("db", 30)
    if i == 1:
        raise Refused("cache", 111)
    if i == 2:
        raise Failure("unknown")
    return "connected " + str(i)


def entry_point(argv):
    for i in range(4):
        try:
            print(connect(i))
        except Failure as f:
            if isinstance(f, Timeout):
                print(f.where, "timed out after", f.seconds)
            elif isinstance(f, Refused):
                print(f.where, "refused with code", f.code)
            else:
                print(f.where, "failed")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
