# python2
# Bools compared with ints inside containers: `b in (True, False)`, lists and tuples of bools
# against ints (the runtime's mixed comparisons once failed to compile for bools).
import sys


def entry_point(argv):
    b = len(argv) > 1
    n = len(argv) + 4294967295
    print b in (True, False), b in (1, 2), (not b) in (0, 5)
    print [b] == [0], [True] == [1], (b, 2) == (False, 2.0), [b] == [n]
    print (b, 3) < (1, 0), (True, 1) < (1, 2), [n] > [True]
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
