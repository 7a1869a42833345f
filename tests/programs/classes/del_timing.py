# stderr-ok
# __del__ runs where CPython runs it for instances only their variable refers to: when the
# function returns, when the variable is rebound (after the new instance is built) or set to None.
# Instances that escape (here into a global list) get theirs at exit (oldest first; CPython
# clears what is left at shutdown in an order of its own). An exception raised by __del__ is
# reported and ignored.
from __future__ import print_function
import sys


class Res(object):
    def __init__(self, name):
        self.name = name
        print("open " + name)

    def use(self):
        return len(self.name)

    def __del__(self):
        print("close " + self.name)


class Faulty(object):
    def __init__(self):
        self.n = 1

    def __del__(self):
        raise ValueError("from __del__")


KEEP = []


def scoped(n):
    r = Res("scoped%d" % n)
    print("using " + r.name)
    return r.use()


def rebound():
    r = Res("first")
    r = Res("second")
    print("rebound to " + r.name)
    r = None
    print("released")
    return 0


def loop(n):
    total = 0
    for i in range(n):
        r = Res("loop%d" % i)
        total += r.use()
    print("loop done")
    return total


def kept(n):
    for i in range(n):
        KEEP.append(Res("kept%d" % i))
    return len(KEEP)


def faulty():
    f = Faulty()
    return f.n


def entry_point(argv):
    print(scoped(1))
    rebound()
    print(loop(3))
    print(kept(1))
    print(faulty())
    print("end of entry_point")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
