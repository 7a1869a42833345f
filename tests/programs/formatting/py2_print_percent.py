# python2
import os, sys


def entry_point(argv):
    for i in range(1, 4):
        print "%-6s|%4d|%6.2f|%x" % ("n" + str(i), i * 37, i / 3.0, i * 100)
    print "%s %r" % ("str", "repr")
    print "%5s%%" % 12
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
