from __future__ import print_function
import os, sys
import state
from counter import bump


def entry_point(argv):
    print(bump(3))
    print(state.record("manual", 10))
    print(state.EVENTS)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
