# python2
import os, sys


def entry_point(argv):
    l = range(10)
    print l, l[::2], l[-3:], len(l)
    l.append(10)
    l.insert(0, -1)
    print l.pop(), l.pop(0), l
    m = [x * x for x in l if x % 2]
    print m, sum(m), 9 in m, 10 in m
    print [[1, 2], [3]], [], ["a", 'b']
    n = range(5, 0, -1)
    n.sort()
    print n, n.index(3)
    try:
        print l[100]
    except IndexError:
        print "IndexError"
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
