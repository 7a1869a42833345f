# python2
# py2-differs: under any interpreter we_are_translated() is False; the translated program sees True
import os, sys
from rpython.rlib.objectmodel import we_are_translated


def mode():
    if we_are_translated():
        return "translated"
    return "interpreted"


def entry_point(argv):
    print mode()
    print we_are_translated()
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
