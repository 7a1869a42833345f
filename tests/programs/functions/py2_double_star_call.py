# python2
# f(**d) in an RPython program (Python 2.7): 2.7's TypeError messages.
import sys


def g(a, b):
    return a - b


def h(x, y=10, z=100):
    return x + y + z


def entry_point(argv):
    d = {"a": 1, "b": 2}
    print g(**d)
    one = {"b": 5}
    print g(9, **one)
    opts = {"x": 1}
    print h(**opts)
    opts["z"] = 0
    print h(**opts)
    for bad in [{"a": 1, "c": 2}, {"a": 1}, {"b": 1, "a": 2, "q": 0}]:
        try:
            print g(**bad)
        except TypeError as e:
            print "TypeError:", str(e)
    try:
        print g(1, **d)
    except TypeError as e:
        print "TypeError:", str(e)
    try:
        only_y = {"y": 1}
        print h(**only_y)
    except TypeError as e:
        print "TypeError:", str(e)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
