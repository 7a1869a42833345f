# python2
from __future__ import print_function
import os, sys


def entry_point(argv):
    print(int(3.7), int(-3.7), int(0.999), int(-0.5), int(1e10), int(123456789.9))
    print(float(3), float(-2), float(0), float(True))
    print(float("1.5"), float("  2.5 "), float("-1e3"), float("1E-2"), float("3"), float(".5"),
          float("5."))
    print(float("0.1") == 0.1, float(str(0.3)) == 0.3)
    vals = [0.1, 2.0 / 3.0, 1e-300, 123.456, 5e-324]
    ok = 0
    for v in vals:
        if float(str(v)) == v:
            ok += 1
    print(ok)
    try:
        float("abc")
        print("no error")
    except ValueError:
        print("ValueError for abc")
    try:
        float("")
    except ValueError:
        print("ValueError for empty")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
