# python2
# __str__ and __repr__ are called wherever Python calls them: str(), repr(), print, '%s'/'%r',
# str.format, f-strings, the repr of a list of instances, str() of an exception; a class with only
# __repr__ uses it for str() too, and subclasses inherit or override either.
from __future__ import print_function
class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


class Labeled(Point):
    def __init__(self, x, y, label):
        Point.__init__(self, x, y)
        self.label = label

    def __str__(self):
        return self.label + "@" + repr(self)


class Quiet(Labeled):
    def __str__(self):
        return "q"


class ParseError(Exception):
    def __init__(self, line, what):
        Exception.__init__(self, what)
        self.line = line
        self.what = what

    def __str__(self):
        return "line %d: %s" % (self.line, self.what)


class Plain(Exception):
    pass


def parse(n):
    if n > 2:
        raise ParseError(n, "too big")
    return n


def entry_point(argv):
    p = Point(1, 2)
    l = Labeled(3, 4, "home")
    q = Quiet(5, 6, "quiet")
    print(p)
    print(str(p) + " " + repr(p))
    print(l)
    print(str(l) + " / " + repr(l))
    print(q, repr(q))
    print("%s | %r | %10s|" % (p, l, q))
    print("{} {!r} {}|".format(l, l, q))
    print("%s %r %s" % (p, l, q))
    pts = [p, l, q]
    print(pts)
    print(repr(pts))
    d = {1: p}
    print(d)
    print((p, 1))
    try:
        parse(5)
    except ParseError as e:
        print("caught: " + str(e))
        print(e)
        print("%s (%d)" % (e, e.line))
    e2 = Plain("just a message")
    print(str(e2))
    print(repr(e2))
    print(repr(ValueError("bad value")))
    print(repr(KeyError("k")))
    print(str(KeyError("k")))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point([])
