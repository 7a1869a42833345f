# python2
# Python 2: __exit__ receives the exception's class, None after a normal exit; a string unpacks
# into its characters.
import sys


class Guard(object):
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            print "%s: clean" % self.name
            return False
        print "%s: %s %s" % (self.name, exc_type.__name__, exc_value)
        return exc_type is KeyError or issubclass(exc_type, ArithmeticError)


def entry_point(argv):
    with Guard("a"):
        pass
    with Guard("b"):
        {}["k"]
    with Guard("c"):
        print 1 / (len(argv) - len(argv))
    try:
        with Guard("d"):
            raise ValueError("bad")
    except ValueError:
        print "caught"
    first, rest = "xy"
    a, b, c = "abc"
    print first, rest, a + c + b
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
