# python2
# Found by the differential generator on RPython programs: the items of a list nothing is stored
# in reach len() and min(); a float negated twice; tuples of str, float and bool found in a list.
G = 'pad'


def entry_point(argv):
    n = len(argv)
    for x in ['42' * 1 for c in xrange(3) if G < ' pad ']:
        print min(7 & n, len(x)), max(len(x), -8)
    v = (-(100.0 if False else (-0.5288035612797044))) if 4 > (-1) ** 3 else 1.5
    print v, -(-v), - -n
    t = [('a', 1.5, True), ('b', -2.0, False)]
    print ('b', -2.0, False) in t, ('b', -2.0, True) in t, t.index(('b', -2.0, False))
    return 0


def target(driver, args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
