from __future__ import print_function
import os, sys


def entry_point(argv):
    print("a,b,c,d".rsplit(",", 1), "a,b,c,d".rsplit(","), "a,b,c".rsplit(",", 5))
    print("path/to/file.txt".rsplit("/", 1), "noslash".rsplit("/", 1))
    print("  x  y  ".rsplit(), "a b c".rsplit(None, 1))
    text = "line one\nline two\n\nline four"
    print(text.splitlines())
    print("a\r\nb\rc\n".splitlines(), "".splitlines(), "\n".splitlines(), "x\n\n".splitlines())
    print("a\nb\n".splitlines(True))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
