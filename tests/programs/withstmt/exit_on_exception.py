from __future__ import print_function
import os, sys


class Guard(object):
    def __init__(self, swallow):
        self.swallow = swallow
        self.saw_exception = False

    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        if typ is not None:
            self.saw_exception = True
        return self.swallow


def run(swallow):
    g = Guard(swallow)
    try:
        with g:
            raise KeyError("inside")
        print("after with (exception swallowed)")
    except KeyError:
        print("exception propagated")
    print("saw:", g.saw_exception)
    g2 = Guard(False)
    with g2:
        pass
    print("no exception seen:", not g2.saw_exception)


def entry_point(argv):
    run(True)
    run(False)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
