# python2
# Python 2 dicts iterate and print in CPython 2.7's table order (rpy/dict27.hpp): int keys through
# every size up to 70 (the table grows at 2/3 full to 4 * len), colliding keys (multiples of the
# table size), negative keys, -1 (whose hash is -2) and big keys whose high bits enter the probes.


def show(d):
    print len(d), d
    print d.keys()
    print d.values()
    print d.items()


def entry_point(argv):
    patterns = [1, 8, 32, 7, -3, 1000003, 1 << 40]
    for step in patterns:
        d = {}
        for i in range(70):
            d[i * step] = i
            if i % 9 == 0 or i in (5, 6, 21, 22, 43, 44):
                show(d)
        show(d)
    e = {5: 1, 3: 2, 100: 3, -1: 4, -2: 5, 0: 6}
    show(e)
    big = {}
    for k in [2 ** 62, -(2 ** 62), 9223372036854775807, -9223372036854775807 - 1, 123456789012345, -987654321098]:
        big[k] = k % 7
    show(big)
    acc = []
    for k in big:
        acc.append(k)
    print acc
    for k, v in e.items():
        print k, v,
    print
    for k, v in e.iteritems():
        print k, v,
    print
    for v in e.itervalues():
        print v,
    print
    print sorted(e), list(e), [k for k in e]
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
