# python2
# same-stderr
# Python 2.7: sys.exit() with a message, which an uncaught SystemExit prints to stderr with
# status 1; caught, str(e) is the message.
import sys


def entry_point(argv):
    try:
        sys.exit("stopped: %d" % len(argv))
    except SystemExit, e:
        print "caught", e
    sys.stdout.flush()
    sys.exit("bye (%d)" % len(argv))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    entry_point(sys.argv)
