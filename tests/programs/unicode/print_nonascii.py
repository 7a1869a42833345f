# py2-differs: Python 2.7 cannot print non-ASCII unicode to a pipe (ascii codec); rpy writes UTF-8, as Python 2.7 does on a UTF-8 terminal
from __future__ import print_function
import os, sys


def entry_point(argv):
    u = u"caf\xe9 \u20ac5 \u65e5\u672c"
    print(u)
    print(len(u))
    for c in u[:4]:
        print(ord(c))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
