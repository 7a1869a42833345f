# python2
import os, sys


def entry_point(argv):
    u = unicode("plain ascii")
    print len(u), u == u"plain ascii"
    e = u"caf\xe9"
    b = e.encode("utf-8")
    print len(e), len(b), b
    d = b.decode("utf-8")
    print d == e, len(d)
    print ord(unichr(233)), unichr(65) == u"A", ord(unichr(0x20ac))
    euro = unichr(0x20ac) + u"5"
    print euro.encode("utf-8")
    print u"abc".encode("ascii"), "xyz".decode("ascii") == u"xyz"
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
