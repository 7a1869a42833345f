# python2
# Python 2's set methods take any iterable too; issuperset() of an iterator reads it whole (2.7
# builds a set first), isdisjoint() stops at the first common item.
import sys


def noisy():
    for i in [5, 1, 2]:
        print "noisy", i
        yield i


def entry_point(argv):
    s = set([1, 2, 3, 4])
    print sorted(s.difference([1, 2]))
    print sorted(s.intersection((2, 3, 9)))
    print s.issubset([1, 2, 3, 4, 5]), s.issubset([1])
    print sorted(s.symmetric_difference([4, 5]))
    s0 = set([1, 2])
    print s0.issuperset(noisy())
    print s0.isdisjoint(noisy())
    print s0.issubset(noisy())
    print sorted(s0.difference(noisy()))
    t = set("abc")
    print sorted(t.difference("ab")), t.isdisjoint("xyz")
    d = {1: "a", 5: "b"}
    print sorted(s.difference(d)), sorted(s.intersection(d.keys()))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
