from __future__ import print_function
import os, sys


class Failure(Exception):
    def __init__(self, code):
        self.code = code


def run(n):
    if n % 2:
        raise Failure(n * 3)
    return n


def entry_point(argv):
    try:
        run(2)
        run(7)
    except Failure as f:
        print("failed with", f.code)
        return f.code
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
