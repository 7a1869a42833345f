# python2
# Keys of every type CPython 2.7 hashes by value, in Python 2 dicts: str (2.7's string hash, hash
# randomization off), single characters, unicode, floats (integral ones hash as the int; others
# by mantissa and exponent; huge ones as a long), tuples (2.7's tuplehash), bools.


def entry_point(argv):
    words = "the quick brown fox jumps over a lazy dog and zeta alpha mid omega x y z".split()
    d = {}
    for i, w in enumerate(words):
        d[w] = i
    print d
    print d.keys()
    f = {'zeta': 1, 'alpha': 2, 'mid': 3}
    print f, f.items()
    chars = {}
    for c in "hello, world! 0123456789":
        chars[c] = chars.get(c, 0) + 1
    print chars
    u = {}
    for w in [u'caf\xe9', u'na\xefve', u'\u2603', u'abc', u'', u'x']:
        u[w] = len(w)
    print sorted(u.values()), len(u), [len(k) for k in u]
    fl = {}
    for x in [0.5, 1.0, 2.0, -1.0, -0.25, 3.75, 1e20, -1e20, 1e300, 123.456, 0.1, 2.5, 7.0, -2.0]:
        fl[x] = str(x)
    print fl
    t = {}
    for a in range(4):
        for b in range(3):
            t[(a, b * 8)] = a + b
    print t
    ts = {('a', 1): 1, ('b', 2): 2, ('a', 2): 3, ('zz', 0): 4, ('', -1): 5, ('q', 9): 6, ('m', 3): 7}
    print ts
    tf = {(1.5, 'x'): 1, (2.0, 'y'): 2, (-0.5, 'z'): 3}
    print tf
    nested = {((1, 2), 3): 'a', ((2, 1), 3): 'b', ((0, 0), 0): 'c'}
    print nested
    b = {True: 'yes', False: 'no'}
    print b
    print hash('abc'), hash(''), hash('a'), hash('hello world')
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
