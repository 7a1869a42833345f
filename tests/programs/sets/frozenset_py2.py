# python2
# Python 2.7's frozenset([...]) repr and algebra (printed as set([...]) before)
import sys
def entry_point(argv):
    fs = frozenset([1, 2, 3])
    print fs, fs | set([4]), set([4]) | fs, frozenset(), set(fs), [fs]
    a = fs
    fs |= set([7])
    print fs, a
    try:
        a.add(3)
    except AttributeError as e:
        print "AE", e
    return 0
def target(*x): return entry_point, None
if __name__ == "__main__": entry_point(sys.argv)
