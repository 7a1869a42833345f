from __future__ import print_function
import os, sys


def entry_point(argv):
    print("Hello World 42".upper(), "Hello World 42".lower(), "".upper())
    tests = ["123", "abc", "abc123", "   ", "", "ABC", "aBc", "a b", "\t\n", "12.5", "Abc1!", "x"]
    for t in tests:
        print(repr(t), t.isdigit(), t.isalpha(), t.isalnum(), t.isspace(), t.islower(), t.isupper())
    c = "q"
    print(c.isalpha(), c.upper(), "7".isdigit())
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
