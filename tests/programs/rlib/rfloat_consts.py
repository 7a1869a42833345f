from __future__ import print_function
import os, sys
from rpython.rlib.rfloat import INFINITY, NAN, isinf, isnan


def safe_ratio(a, b):
    if b == 0.0:
        return INFINITY
    return a / b


def entry_point(argv):
    r = safe_ratio(1.0, 0.0)
    print(r, isinf(r), isnan(r), isinf(1.0), isnan(NAN), NAN == NAN, -INFINITY)
    print(safe_ratio(3.0, 4.0))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
