# python2
# same-stderr
# print >>sys.stderr / >>sys.stdout (Python 2's print statement to a file): each file has its own
# softspace, stdout's output comes before stderr's, and sys.stderr.write ends stderr's softspace.
import sys


class Loud(object):
    def __str__(self):
        return "loud"


def main(argv):
    print "out", 1,
    print >>sys.stderr, "err", 2,
    print "after"              # stdout's softspace: " after"
    print >>sys.stderr, "more"  # stderr's softspace: " more"
    print >>sys.stdout, "to", "stdout",
    print >>sys.stdout
    print >>sys.stderr, Loud(), [1, 2], (3, "x"), None
    print >>sys.stderr, "a",
    sys.stderr.write("w\n")
    print >>sys.stderr, "b"
    print >>sys.stderr
    print "end", len(argv)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    main(sys.argv)
