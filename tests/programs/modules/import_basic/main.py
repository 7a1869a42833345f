from __future__ import print_function
import os, sys
import helper


def entry_point(argv):
    print(helper.GREETING)
    print(helper.triple(7), helper.FACTOR)
    helper.remember("a")
    print(helper.remember("b"))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
