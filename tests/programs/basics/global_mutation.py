from __future__ import print_function
import os, sys

LOG = []
COUNTS = {}
STATE = [0]


def record(msg):
    LOG.append(msg)
    COUNTS[msg] = COUNTS.get(msg, 0) + 1
    STATE[0] += 1


def entry_point(argv):
    for w in ["a", "b", "a", "c", "a"]:
        record(w)
    print(LOG)
    print(COUNTS["a"], COUNTS["b"], COUNTS["c"])
    print(STATE[0])
    del LOG[0]
    print(LOG)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
