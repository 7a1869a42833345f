from __future__ import print_function
import os, sys


def entry_point(argv):
    words = [u"\xe9t\xe9", u"alpha", u"Zeta", u"\xfcber", u"beta"]
    s = sorted(words)
    print([len(w) for w in s], [ord(w[0]) for w in s])
    d = {}
    for w in words:
        d[w] = len(w)
    print(d[u"\xfcber"], u"alpha" in d, u"gamma" in d)
    total = 0
    for k in d:
        total += ord(k[0])
    print(total)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
