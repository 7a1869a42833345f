# python2
# RPython's flow space never builds a branch that a test on a constant rules out, so a name
# read only there need not exist: a module flag chooses between two spellings at import time.
import sys

IS_RPYTHON = sys.argv[0].endswith('rpython')  # True when the translator imports it
DEBUG = False

from rpython.rlib.rarithmetic import intmask

if IS_RPYTHON:
    from rpython.rlib.objectmodel import we_are_translated
else:
    import traceback


def report(e):
    if IS_RPYTHON:
        print "caught", isinstance(e, ValueError)
    else:
        print "caught", traceback.format_exception_only(ValueError, e)[0].startswith("ValueError")


def trace(msg):
    if DEBUG:
        debug_log(msg)  # debug_log is defined nowhere: DEBUG is False
    return len(msg)


def entry_point(argv):
    try:
        raise ValueError("boom")
    except ValueError as e:
        report(e)
    print trace("abc"), intmask(7)
    if 0:
        undefined_function(argv)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
