from __future__ import print_function
import os, sys


def entry_point(argv):
    s = "the cat sat on the mat"
    print(s.replace("at", "og"))
    print(s.replace("the", "a"), s.replace("x", "y"), s.replace(" ", ""))
    print(s.replace("at", "AT", 2), "aaa".replace("a", "bb"), "aaa".replace("aa", "b"))
    print("abc".replace("", "-"), "".replace("a", "b"), "a.b.c".replace(".", ", "))
    print("mississippi".replace("ss", "s").replace("i", "I"))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
