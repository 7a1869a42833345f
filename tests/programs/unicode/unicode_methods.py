from __future__ import print_function
import os, sys


def entry_point(argv):
    u = u"  Stra\xdfe und Gr\xfc\xdfe  "
    t = u.strip()
    print(len(u), len(t), t.startswith(u"Stra"), t.count(u"\xdf"), t.find(u"und"))
    words = t.split(u" ")
    print(len(words), [len(w) for w in words])
    j = u"-".join(words)
    print(len(j), j[5] == u"e", j.replace(u"-", u"") == u"Stra\xdfeundGr\xfc\xdfe")
    print(ord(max(t)), ord(min(words[0])))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
