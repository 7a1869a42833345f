from __future__ import print_function
import os, sys
from rpython.rlib.rstring import StringBuilder, UnicodeBuilder


def render(items):
    b = StringBuilder()
    b.append("[")
    for i in range(len(items)):
        if i:
            b.append(", ")
        b.append(items[i])
    b.append("]")
    return b.build()


def entry_point(argv):
    print(render(["a", "bb", "ccc"]), render([]))
    sb = StringBuilder(16)
    sb.append("hello world")
    print(sb.getlength())
    sb.append_slice("0123456789", 2, 5)
    sb.append_multiple_char("-", 4)
    sb.append("x")
    s = sb.build()
    print(s, len(s), sb.getlength())
    big = StringBuilder()
    for i in range(1000):
        big.append(str(i % 10))
    r = big.build()
    print(len(r), r[995:])
    ub = UnicodeBuilder()
    ub.append(u"caf")
    ub.append(u"\xe9")
    u = ub.build()
    print(len(u), ord(u[3]))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
