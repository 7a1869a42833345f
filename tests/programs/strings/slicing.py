from __future__ import print_function
import os, sys


def entry_point(argv):
    s = "abcdefghij"
    print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
    print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], repr(s[10:]), s[0:-1])
    print(s[::2], s[1::3], s[::-1], s[8:2:-2], s[-1:-4:-1], repr(s[2:8:-1]))
    n = len(argv)
    print(s[n:n + 3], s[-n - 2:], s[:n - 5])
    e = ""
    print(repr(e[1:]), repr(e[:-1]), repr(e[::-1]))
    for i in range(0, len(s), 3):
        print(s[i:i + 3])
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
