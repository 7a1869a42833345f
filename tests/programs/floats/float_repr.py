# python2
from __future__ import print_function
import os, sys


def entry_point(argv):
    values = [0.1, 1.5, 2.0, 1e16, 1e-05, 1e22, 0.1 + 0.2, 1.0 / 3.0, 123456789.123,
              -0.0, 1e-07, 1e15, 100.0, 3.14159, 2.5e-310, 1.7976931348623157e+308,
              0.0001, 5e-324, 1234567890123456789.0, 9007199254740993.0, 0.5, -2.75,
              1e100, 12345.678, 2.0 / 3.0, 1e-320]
    for v in values:
        print(v)
    print(values[:4])
    print(str(0.1), repr(0.1), str(1e16))
    print(str(10.0 ** 15), str(10.0 ** 16), str(10.0 ** -4), str(10.0 ** -5))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
