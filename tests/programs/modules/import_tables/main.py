from __future__ import print_function
import os, sys
from tables import SQUARES, OPCODES, REVERSE, HAVE_EXTRA


def entry_point(argv):
    print(SQUARES[-1], len(SQUARES))
    print(OPCODES["ADD"], REVERSE[4], len(OPCODES))
    print(HAVE_EXTRA)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
