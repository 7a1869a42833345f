# python2
# An RPython program is Python 2.7: print(a, b) prints a tuple, str() of a float keeps 12 digits,
# a set is set([...]), an exception's repr shows its args tuple, %x truncates a float.
class ParseError(Exception):
    pass


def entry_point(argv):
    n = len(argv)
    x = 2.0 / 3.0 + n
    print(x, n)
    print(x)
    print()
    print str(x), repr(x), [x], "%s %r" % (x, x), "{}".format(x)
    print 1e11, 1e10, 123456789012.5, 1.0 / 7 * 1e-5, 5e-324, -0.0
    s = set([n, 3, n + 10])
    print s, set([n]) - set([n])
    e = ParseError("bad")
    print repr(e), repr(ValueError("v"))
    print "%x %o %X" % (255.7, 8.2, n + 9.9)
    print 7 / 2, -7 / 2, 7 % -3
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
