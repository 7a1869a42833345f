from __future__ import print_function
import os, sys


class Resource(object):
    opened = 0

    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append("open " + self.name)
        return self.name.upper()

    def __exit__(self, typ, val, tb):
        self.log.append("close " + self.name)
        return False


def use(log, n):
    with Resource("a", log) as a:
        with Resource("b", log) as b:
            log.append("body " + a + b)
            if n == 0:
                return "early"
        log.append("between")
    return "late"


def entry_point(argv):
    log = []
    print(use(log, 0))
    print(log)
    log2 = []
    print(use(log2, 1))
    print(log2)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
