# pythonpath: extlib
from __future__ import print_function
import os, sys
import extmod


def entry_point(argv):
    print(extmod.MESSAGE)
    print(extmod.shout("hi"))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
