# python2
# f(k=v, **d), f(**{...}) and *args into fixed parameters in Python 2.7: 2.7's TypeErrors.
import sys


def h(x, y=10, *rest):
    return x + y + len(rest)


def kw(**opts):
    return len(opts)


def fwd(*args):
    return h(*args)


def entry_point(argv):
    d = {"y": 2}
    print h(x=1, **d), h(1, **{"y": len(argv)}), fwd(1, 2, 3)
    for bad in [{"x": 5}, {"q": 1}, {}]:
        try:
            print h(y=0, **bad)
        except TypeError as e:
            print "TypeError:", e
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
