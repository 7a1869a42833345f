# python2
from __future__ import print_function
import os, sys
import math


def entry_point(argv):
    print(math.sqrt(2.0), math.sqrt(16.0), math.pi, math.e)
    print(math.sin(0.0), math.cos(0.0), math.sin(math.pi / 2), math.atan2(1.0, 1.0))
    print(math.exp(1.0), math.log(100.0), math.log(math.e), math.log10(1000.0))
    print(math.pow(2.0, 10.0), math.fabs(-3.5), math.hypot(3.0, 4.0), math.fmod(7.0, 3.0),
          math.fmod(-7.0, 3.0))
    print(int(math.floor(2.7)), int(math.floor(-2.7)), int(math.ceil(2.1)), int(math.ceil(-2.1)))
    print(math.isinf(float("inf")), math.isnan(float("nan")), math.isinf(1.0), math.isnan(1.0))
    print(math.tan(0.5), math.asin(0.5), math.acos(0.5), math.atan(1.0))
    print(math.sqrt(2) * math.sqrt(2))
    try:
        math.sqrt(-1.0)
    except ValueError:
        print("sqrt(-1) ValueError")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
