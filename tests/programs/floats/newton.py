# python2
# args: 2 10
from __future__ import print_function
import os, sys


def newton_sqrt(x, iters):
    g = x / 2.0
    for i in range(iters):
        g = (g + x / g) / 2.0
    return g


def integrate(n):
    # midpoint rule for 4/(1+x^2) on [0,1] -> pi
    h = 1.0 / n
    s = 0.0
    for i in range(n):
        x = (i + 0.5) * h
        s += 4.0 / (1.0 + x * x)
    return s * h


def entry_point(argv):
    x = float(argv[1])
    iters = int(argv[2])
    print(newton_sqrt(x, iters))
    print(newton_sqrt(1e6, 30))
    print(integrate(1000))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
