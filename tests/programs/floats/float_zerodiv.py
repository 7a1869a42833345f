from __future__ import print_function
import os, sys


def ratio(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        print("caught:", str(e))
        return 0.0


def entry_point(argv):
    print(ratio(1.0, 4.0))
    print(ratio(1.0, 0.0))
    try:
        print(5.0 % 0.0)
    except ZeroDivisionError:
        print("float modulo by zero caught")
    try:
        print(5.0 // 0.0)
    except ZeroDivisionError:
        print("float floordiv by zero caught")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
