# python2
# frozensets as keys in Python 2.7: 2.7's frozenset hash gives 2.7's order; a set key raises TypeError
import sys
def entry_point(argv):
    s = set([frozenset([1]), frozenset([2, 3]), frozenset(), frozenset([7, 8, 9]), frozenset([3, 2])])
    print s, len(s)
    print hash(frozenset([1, 2])), hash(frozenset()), hash(frozenset([5, 6, 7]))
    d = {}
    d[frozenset([4])] = 2
    d[frozenset([])] = 1
    d[frozenset([9, 1])] = 3
    print d, d[frozenset([])], frozenset([4]) in d
    m = set([1])
    try:
        d[m] = 5
    except TypeError as e:
        print "TypeError", e
    return 0
def target(*a): return entry_point, None
if __name__ == "__main__": entry_point(sys.argv)
