from __future__ import print_function
import os, sys

DATA = [("apples", 3, 0.5), ("bananas", 12, 0.25), ("cherries", 100, 0.1), ("dates", 7, 1.75)]


def entry_point(argv):
    print("%-10s %5s %8s" % ("item", "qty", "total"))
    print("-" * 25)
    grand = 0.0
    for name, qty, price in DATA:
        total = qty * price
        grand += total
        print("%-10s %5d %8.2f" % (name, qty, total))
    print("-" * 25)
    print("%-10s %5s %8.2f" % ("sum", "", grand))
    print("%d%%" % (100 * 3 // 4))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
