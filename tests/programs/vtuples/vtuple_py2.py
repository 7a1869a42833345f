# python2
# Python 2.7: tuples of unknown length as set members and dict keys laid out as 2.7's tables (tuplehash), printed, hashed and compared.
import itertools

def entry_point(argv):
    n = len(argv)
    rows = [tuple(range(k)) for k in range(n + 3)]
    print rows
    s = set(rows)
    print s
    d = {}
    for r in rows:
        d[r] = len(r)
    d[(0, 1)] = 7
    print d
    for p in itertools.permutations([1, 2, 3]):
        print p,
    print
    t = tuple([1, 2, 3])
    print hash(t), hash(tuple([5])), t, tuple([4])
    print t == (1, 2, 3), t < (1, 3), "%s" % (t,)
    return 0

def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
