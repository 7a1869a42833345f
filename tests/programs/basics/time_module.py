from __future__ import print_function
import os, sys
import time


def entry_point(argv):
    t0 = time.time()
    time.sleep(0.02)
    t1 = time.time()
    print(t1 > 1000000000.0, t1 - t0 >= 0.01, t1 - t0 < 30.0)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
