from __future__ import print_function
import os, sys


def entry_point(argv):
    print("[%5d]" % 42, "[%-5d]" % 42, "[%05d]" % 42, "[%+d]" % 42, "[%+d]" % -42, "[% d]" % 42)
    print("[%8s]" % "abc", "[%-8s]" % "abc", "[%2s]" % "abcdef")
    print("[%.3f]" % 3.14159, "[%8.2f]" % 3.14159, "[%-8.2f]" % 2.5, "[%08.3f]" % -1.5)
    print("[%08x]" % 48879, "[%#x]" % 255, "[%4x]" % 10)
    print("[%.0f]" % 2.5, "[%.0f]" % 3.5, "[%.2f]" % 2.675, "[%.1f]" % 0.05)
    print("[%10.4f]" % 1e-3, "[%.10f]" % (1.0 / 3))
    print("[%3d|%-6s|%6.2f]" % (7, "ab", 1.234))
    for i in range(1, 4):
        print("%-10s%5d%8.1f" % ("row" + str(i), i * i, i / 4.0))
    print("[%.3s]" % "abcdef", "[%5.1s]" % "xyz")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
