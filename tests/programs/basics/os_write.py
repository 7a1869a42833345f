# python2
import os, sys


def write(s):
    os.write(1, bytes(s))


def entry_point(argv):
    write("hello from os.write\n")
    n = os.write(1, "partial ")
    write(str(n) + "\n")
    for i in range(3):
        os.write(1, str(i))
        os.write(1, " ")
    os.write(1, "\n")
    os.write(2, "this goes to stderr\n")
    s = "abc" * 3
    write(s + "\n")
    write("no final newline")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
