# python2
# Python 2: zip() is a list, so a generator it leaves unfinished is closed when zip() returns;
# map() reads its argument whole; a for loop or enumerate() over a fresh call closes it when left.
import sys


def gen(n):
    try:
        for i in range(n):
            yield i
    finally:
        print "finally", n


def outer(n):
    for x in gen(n):
        yield x * 10


def entry_point(argv):
    for a, b in zip(gen(5), "xy"):
        print a, b
    print "end 1"
    l = zip("abc", gen(4))
    print "made"
    print l
    for i, x in enumerate(gen(6)):
        if i == 2:
            break
    print "end 2"
    for x in outer(3):
        print x
        break
    print "end 3"
    print map(str, gen(2))
    for x in map(str, gen(4)):
        print x
        break
    print "end 4"
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
