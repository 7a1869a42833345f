from __future__ import print_function
import os, sys


def first_or_whole(s, whole):
    if whole:
        r = s
    else:
        r = s[0]
    return r


def entry_point(argv):
    print(first_or_whole("hello", True), first_or_whole("hello", False))
    x = "a"
    x = x + "bc"
    print(x, len(x))
    chars = [c for c in "xyz"]
    chars.append("longer")
    print(chars)
    d = {}
    d["k"] = "v"
    d[x[0]] = "from char"
    print(d["a"], d["k"])
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
