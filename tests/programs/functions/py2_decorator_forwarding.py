# python2
# A decorator forwarding f(*args, **kwargs) in Python 2.7 (zero-argument function included): 2.7's TypeError.
import sys


def logged(fn):
    def wrapper(*args, **kwargs):
        print "calling", fn.__name__
        return fn(*args, **kwargs)
    return wrapper


@logged
def scale(x, factor=1):
    return x * factor


@logged
def noargs():
    return 7


def entry_point(argv):
    print scale(5), scale(5, 3), scale(5, factor=2), scale(x=1), noargs()
    try:
        print scale(5, fctor=2)
    except TypeError as e:
        print "TypeError:", e
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
