from __future__ import print_function
import os, sys


def entry_point(argv):
    print(int("123"), int("-45"), int("  7  "), int("+3"), int("0"), int("-0"))
    print(int("007"), int("1000000000000"))
    print(int("ff", 16), int("FF", 16), int("777", 8), int("101", 2), int("z", 36))
    print(int("-10", 16), int(" 12 ", 10))
    s = "42"
    print(int(s) * 2, int(s + s))
    print(int(3), int(True), int(-2.9), int(2.9))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
