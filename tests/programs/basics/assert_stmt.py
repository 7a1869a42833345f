from __future__ import print_function
import os, sys


def checked_div(a, b):
    assert b != 0, "divisor must not be zero"
    return a // b


def entry_point(argv):
    print(checked_div(17, 5))
    assert len(argv) >= 1
    try:
        checked_div(1, 0)
        print("not reached")
    except AssertionError:
        print("assertion caught")
    try:
        assert 1 + 1 == 3
    except AssertionError:
        print("second assertion caught")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
