# python2
# A decorator's def wrapper(*args, **kwargs) applied to methods: the receiver is args[0].
import sys


def traced(fn):
    def wrapper(*args, **kwargs):
        print "call", fn.__name__, len(args), len(kwargs)
        return fn(*args, **kwargs)
    return wrapper


class Counter(object):
    @traced
    def __init__(self, start):
        self.n = start

    @traced
    def bump(self, by=1):
        self.n += by
        return self.n


class Twice(Counter):
    @traced
    def bump(self, by=1):
        self.n += 2 * by
        return self.n


def make(k):
    print "make", k
    return Counter(k)


def entry_point(argv):
    c = Counter(3)
    print c.bump(), c.bump(4), c.bump(by=10)
    print make(1).bump()
    for o in [Counter(0), Twice(0)]:
        print o.bump(), o.bump(by=3)
    f = c.bump
    print f(100)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
