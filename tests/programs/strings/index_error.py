from __future__ import print_function
import os, sys


def char_at(s, i):
    try:
        return s[i]
    except IndexError:
        return "?"


def entry_point(argv):
    s = "abc"
    print(char_at(s, 0), char_at(s, 2), char_at(s, 3), char_at(s, -3), char_at(s, -4), char_at("", 0))
    try:
        print(s[10])
    except IndexError as e:
        print("IndexError:", str(e))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
