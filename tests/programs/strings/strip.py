from __future__ import print_function
import os, sys


def entry_point(argv):
    s = "  \t hello world \n "
    print("[" + s.strip() + "]")
    print("[" + s.lstrip() + "]")
    print("[" + s.rstrip() + "]")
    print("[" + "xxhixx".strip("x") + "]", "[" + "xyhiyx".strip("xy") + "]")
    print("[" + "xxhixx".lstrip("x") + "]", "[" + "xxhixx".rstrip("x") + "]")
    print("[" + "   ".strip() + "]", "[" + "".strip() + "]", "[" + "abc".strip("abc") + "]")
    print("[" + "line\r\n".rstrip("\r\n") + "]")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
