from __future__ import print_function
import os, sys


class Timer(object):
    def __init__(self, counts):
        self.counts = counts

    def __enter__(self):
        self.counts[0] += 1
        return self

    def __exit__(self, a, b, c):
        self.counts[1] += 1
        return False


def entry_point(argv):
    counts = [0, 0]
    for i in range(10):
        with Timer(counts):
            if i == 3:
                continue
            if i == 7:
                break
    print(counts)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
