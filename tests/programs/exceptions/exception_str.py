from __future__ import print_function
import os, sys


class MyError(Exception):
    pass


def entry_point(argv):
    try:
        raise MyError("with message")
    except MyError as e:
        print(str(e))
    try:
        raise ValueError("bad value 42")
    except ValueError as e:
        print(str(e))
    try:
        [].pop()
    except IndexError as e:
        print(str(e))
    try:
        {}["key"]
    except KeyError as e:
        print(str(e))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
