# python2
# Python 2.7's round(): always a float, ties away from zero (Python 3 rounds ties to even and
# returns an int without ndigits).
import sys


def entry_point(argv):
    for x in [2.5, -2.5, 0.5, 1.5, -0.5, 3.49999, 1e16, -7.0, 0.0, 123456.5]:
        print x, round(x), round(x, 0), round(x, 1), round(x, -1)
    for x in [0.125, 0.375, 2.675, 1.005, -0.125, 5.55, 0.285, 1234.5678, 25.0, 15.0, -35.0, 150.0]:
        print round(x, 2), round(x, 1), round(x, -1), round(x, -2), round(x, 3)
    n = len(argv) + 4
    print round(n), round(n, -1), round(15, -1), round(25, -1), round(-15, -1), round(7, 2)
    print round(1e300, 400), round(2.5, -400), round(-2.5, -400), round(1.5e308, -307)
    try:
        round(1.7976931348623157e308, -308)
    except OverflowError as e:
        print "OverflowError:", e
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
