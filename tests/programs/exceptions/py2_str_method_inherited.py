# python2
# e.__str__() where e's class inherits BaseException.__str__ (str(e), a subclass's own when it has one),
# and Exception.__str__(self) in a subclass's __str__ (the base's message); refused before.
import sys


class Base(Exception):
    pass


class A(Base):
    def __init__(self, n):
        self.n = n

    def __str__(self):
        return "A%d" % self.n


class B(Base):
    def __str__(self):
        return "B"


class C(Base):
    pass


class D(Exception):
    def __str__(self):
        return "D(" + Exception.__str__(self) + ")"


def f(k):
    if k == 1:
        raise A(k)
    if k == 2:
        raise B()
    if k == 3:
        raise C("plain message")
    if k == 4:
        raise D("inner")
    if k == 5:
        raise ValueError("builtin value error")
    return k


def entry_point(argv):
    for k in range(7):
        try:
            f(k)
        except Base as e:
            print e.__str__(), str(e) == e.__str__()
        except Exception as e:
            s = e.__str__()
            print "other", s, len(s)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
