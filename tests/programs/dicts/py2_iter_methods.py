# python2
import os, sys


def entry_point(argv):
    d = {}
    for w in ["one", "two", "three", "four"]:
        d[w] = len(w)
    keys = d.keys()
    keys.sort()
    print keys
    vals = d.values()
    vals.sort()
    print vals
    items = d.items()
    items.sort()
    print items
    total = 0
    for k in d.iterkeys():
        total += len(k)
    for v in d.itervalues():
        total += v
    print total
    pairs = []
    for k, v in d.iteritems():
        pairs.append(k + "=" + str(v))
    pairs.sort()
    print ",".join(pairs)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
