# python2
# f(x, *T) of a module-level tuple and f(*g()) of a call: the items passed (refused before:
# "f(*args) needs a tuple variable"); f(*t + (1,)) too.
import sys
T = (1, 2)


def f(a, b, c):
    return a * 100 + b * 10 + c


def g():
    print "g called"
    return (5, 6)


def h(a, *rest):
    return a + len(rest)


def entry_point(argv):
    print f(0, *T), f(1, *g())
    y = (3, 4)
    print f(*y + (1,)), h(*T), h(7, *T)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
