# python2
# check-stderr
# Python 2's TypeError for arithmetic on None, from a search that found nothing.
import sys


def find(items, x):
    for i in range(len(items)):
        if items[i] == x:
            return i
    return None


def entry_point(argv):
    print find(argv, argv[0]) * 2
    print find(argv, "x") * 2
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
