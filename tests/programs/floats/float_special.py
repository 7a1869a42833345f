from __future__ import print_function
import os, sys


def entry_point(argv):
    inf = float("inf")
    ninf = float("-inf")
    nan = float("nan")
    print(inf, ninf, nan)
    print(inf > 1e308, ninf < -1e308, inf == inf, nan == nan, nan != nan)
    print(inf + 1, inf * -1, inf - inf)
    print(1e308 * 10, -1e308 * 10)
    print(str(inf), str(nan), [inf, ninf])
    big = 1e300
    print(big * big, big * big > big)
    print(float("Infinity"), float("-INF"), float("nan") == 0.0)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
