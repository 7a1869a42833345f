# python2
import os, sys


def entry_point(argv):
    s = "hello"
    b = bytes(s)
    print b, b == s, len(b), b[1], b + "!"
    t = bytes("x") * 3
    print t
    print isinstance(b, str)
    os.write(1, bytes("via os.write\n"))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
