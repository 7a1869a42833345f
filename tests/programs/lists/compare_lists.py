from __future__ import print_function
import os, sys


def entry_point(argv):
    print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0], [1, 2] <= [1, 2])
    print(["a", "b"] < ["a", "c"], [[1], [2]] == [[1], [2]])
    print(max([[1, 2], [1, 3], [0, 9]]))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
