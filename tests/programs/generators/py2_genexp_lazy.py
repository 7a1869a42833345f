# python2
# Python 2.7's generator expressions are lazy too, and a StopIteration escaping one of their items
# (a next() that ran dry) ends the generator quietly: the consumer sees its end.
import sys


def f(x):
    print "f", x
    return x * 2


def take2(it):
    a = next(it)
    b = next(it)
    return a + b


def gen(e):
    yield 1
    yield next(e) * 0 + next(e)
    yield 3


def entry_point(argv):
    xs = [1, 2, 3]
    g = (f(x) for x in xs)
    print "made"
    for v in g:
        print "got", v
    print take2(f(x) for x in xs)
    it = iter([1, 2])
    print list(next(it) for _ in range(5))
    it2 = iter([7])
    print sum(next(it2) for _ in range(3))
    it3 = iter([4])
    print any(next(it3) > 5 for _ in range(3)), next((next(it3) for _ in range(3)), -1)
    it4 = iter([1, 2, 3])
    for v in (next(it4) * 10 for _ in xrange(10)):
        print "lazy", v
    print list(gen(iter([5])))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
