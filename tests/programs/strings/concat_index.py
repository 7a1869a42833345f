from __future__ import print_function
import os, sys


def entry_point(argv):
    s = "hello"
    t = s + ", " + "world"
    print(t)
    print(s[0], s[4], s[-1], s[-5], t[5])
    print(len(s), len(t), len(""))
    u = ""
    for i in range(5):
        u = u + str(i)
    print(u)
    u += "!"
    print(u)
    c = s[1]
    print(c + c, c == "e", c * 3)
    print("a" + "b" * 3 + "c")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
