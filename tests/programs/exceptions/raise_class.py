from __future__ import print_function
import os, sys


class Stop(Exception):
    pass


def check(n):
    if n > 3:
        raise Stop
    if n < 0:
        raise ValueError
    return n


def entry_point(argv):
    for n in [1, 5, -1]:
        try:
            print(check(n))
        except Stop:
            print("Stop raised as a class")
        except ValueError as e:
            print("ValueError raised as a class:", isinstance(e, ValueError))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
