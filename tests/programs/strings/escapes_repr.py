from __future__ import print_function
import os, sys


def entry_point(argv):
    s = "tab\there\nnewline \\ backslash \x41\x42 \"dq\" 'sq'"
    print(s)
    print(repr(s))
    print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr(""), repr("\r\x01\x7f"))
    print(["a\nb", "c'd"])
    print(len("\x00\x01"), len("\\n"))
    t = """triple
quoted 'string'"""
    print(t)
    print(r"raw \n string", len(r"\n"))
    print('single' "adjacent" 'concat')
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
