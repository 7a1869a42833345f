from __future__ import print_function
import os, sys


def entry_point(argv):
    print("%s and %s" % ("this", "that"))
    print("%d items" % 5)
    print("%d %d %d" % (1, -2, 30))
    print("hex %x, HEX %X, oct %o" % (255, 255, 8))
    print("float %f, %f" % (1.5, -0.1))
    print("repr %r %r" % ("it's", 42))
    print("100%% sure, %s%%" % 50)
    print("%s" % 3.25, "%s" % True, "%s" % None, "%s" % [1, 2])
    print("%s|%s" % ("a", 1))
    name = "world"
    s = "hello %s" % name
    print(s, len(s))
    print("%d" % 3.99, "%d" % -3.99)
    print("%x" % -255, "%o" % -8)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
