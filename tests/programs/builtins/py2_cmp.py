# python2
import os, sys


def entry_point(argv):
    print cmp(1, 2), cmp(2, 1), cmp(3, 3), cmp("b", "a"), cmp("a", "ab"), cmp(1.5, 1.5)
    print cmp(-5, 5), cmp(0, -0)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
