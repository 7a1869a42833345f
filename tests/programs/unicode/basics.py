from __future__ import print_function
import os, sys


def entry_point(argv):
    u = u"h\xe9llo w\u00f6rld"
    print(len(u), ord(u[1]), u[0], u[7] == u"\xf6")
    print(u.upper() == u"H\xc9LLO W\xd6RLD", u[:5] == u"h\xe9llo")
    v = u + u"!"
    print(len(v), v.endswith(u"!"), v.find(u"w"), u"\xe9" in v)
    parts = u"a,b,\u20ac".split(u",")
    print(len(parts), ord(parts[2][0]))
    print(u"abc" == u"abc", u"abc" < u"abd", len(u""), u"x" * 3 == u"xxx")
    s = u"ascii only"
    print(s)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
