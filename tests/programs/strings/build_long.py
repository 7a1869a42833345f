from __future__ import print_function
import os, sys


def entry_point(argv):
    parts = []
    for i in range(10000):
        parts.append(str(i % 10))
    s = "".join(parts)
    print(len(s), s[:20], s[-5:], s.count("7"))
    t = ""
    for i in range(2000):
        t += chr(ord("a") + i % 26)
    print(len(t), t[:30], t[1998:])
    print(t.find("xyz"), t.rfind("abc"))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
