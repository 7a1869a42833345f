# args: 5
from __future__ import print_function
import os, sys
from state import record, EVENTS, TOTALS


def entry_point(argv):
    n = int(argv[1])
    for i in range(n):
        record("b" + str(i), i)
    print(EVENTS, TOTALS["n"])
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
