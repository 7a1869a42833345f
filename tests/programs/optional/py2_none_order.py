# python2
# Python 2 orders None before every number and tuple: a value that may be None compared with
# <, <=, >, >= (also None with None), and a list holding None sorted.
import sys


def find(items, x):
    for i in range(len(items)):
        if items[i] == x:
            return i
    return None


def entry_point(argv):
    i = find(argv, "x")
    j = find(argv, argv[0])
    print i < 3, i > -5, i <= i, i >= j, j < 3, j > i, i < j, -1 > i
    best = None
    if len(argv) > 7:
        best = (len(argv), 2)
    print best < (0, 0), best >= (0, 0), best == None
    xs = [3, None, 1, i, j]
    xs.sort()
    print xs
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
