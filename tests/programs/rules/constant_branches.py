# python2
# RPython's flow space folds tests on constants: module globals are constants after import, and
# a test the types decide (isinstance of a list, `x is None` of a value that cannot be None)
# selects one branch; the other is never annotated, so it may do what RPython forbids.
from rpython.rlib.objectmodel import we_are_translated

DEBUG = False
TRACE_LEVEL = 0
layout = 0


class Config(object):
    verbose = False


def trace(a):
    global layout  # rebinding a global: only legal because no live code calls trace()
    layout -= 1
    print a,


def normalize(opts):
    if isinstance(opts, str):
        opts = [opts]
    else:
        opts = list(opts)
    return len(opts)


def first_or_none(items):
    if items is None:
        return "none"
    return items[0]


def resolve(n):
    if n > 1:
        return n, 2
        return
    return -1, -1


def pick(n):
    mode = "fast" if not DEBUG else 42
    return mode


def entry_point(argv):
    if DEBUG:
        trace(len(argv))
    if DEBUG and trace("x"):
        print "never"
    if TRACE_LEVEL > 2 or DEBUG:
        trace(3)
    if Config.verbose:
        trace(None)
    while DEBUG:
        trace(1.5)
    else:
        print "while-else of a false constant"
    print normalize(["a", "b"]), first_or_none(["z"]), resolve(len(argv)), pick(1)
    if we_are_translated():
        print "translated"
    else:
        print "translated"   # the interpreter prints the same, so the test compares equal
    n = len(argv)
    print n > 0 or n < -5, DEBUG or n, (DEBUG and n) or 7
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
