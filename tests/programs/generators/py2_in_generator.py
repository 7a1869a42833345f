# python2
# `x in generator` pulls items up to the first equal one and leaves the rest in the generator.
import sys


def g(n):
    for x in range(n):
        print "g", x
        yield x


def entry_point(argv):
    print 2 in g(4)
    it = g(5)
    print 2 in it, list(it)
    print 7 in g(3), 7 not in g(2)
    words = (w.upper() for w in ["a", "b", "c"])
    print "B" in words, words.next()
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
