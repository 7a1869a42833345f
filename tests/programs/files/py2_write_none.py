# python2
# Python 2: file.write() and sys.stdout.write() return None (Python 3's give the count written).
import os
import sys


def entry_point(argv):
    name = "py2_write_none.tmp"
    fh = open(name, "w")
    r = fh.write("hello")
    fh.close()
    print r is None
    s = sys.stdout.write("x\n")
    print s is None
    os.remove(name)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
