from __future__ import print_function
import os, sys


def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return -999


def safe_mod(a, b):
    try:
        return a % b
    except ZeroDivisionError:
        return -888


def entry_point(argv):
    print(safe_div(10, 3), safe_div(10, 0), safe_div(-10, 0))
    print(safe_mod(10, 3), safe_mod(10, 0))
    zero = len(argv) - 1
    try:
        print(divmod(7, zero))
    except ZeroDivisionError as e:
        print("divmod:", str(e))
    try:
        print(7 // zero)
    except ZeroDivisionError as e:
        print("floordiv:", str(e))
    try:
        print(7.0 / zero)
    except ZeroDivisionError as e:
        print("truediv:", str(e))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
