# str()/repr() of class values: print(C), str(C), repr(C), f"{C}" and f"{C!r}", "%s"/"%r" % C,
# print(type(x)), a value holding one of several classes, classes of an imported module and
# exception classes: Python's <class '__main__.C'>; the value still runs for its effects.
import collections


class Base:
    pass


class Leaf(Base):
    def __init__(self, n):
        print("made", n)
        self.n = n


class Oops(Exception):
    pass


def pick(n):
    if n:
        return Base
    return Leaf


def main():
    print(Base)
    print(str(Leaf), repr(Base))
    k = pick(len("ab") - 2)
    print(k, "%s|%r" % (Base, Leaf), "%r" % k, "<%s>" % k, f"{Base}", f"{k!r}", k.__name__)
    print(type(Leaf(1)))
    print(str(type(Leaf(2))) + "!")
    print(repr(pick(1)), str(k) == "<class '__main__.Leaf'>", str(pick(1)) == str(k))
    print(Oops, ValueError, collections.OrderedDict)
    try:
        raise Oops("x")
    except Exception as e:
        print(type(e), type(e).__name__)


main()
