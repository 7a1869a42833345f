# An exception raised at import time inside one of rpy's library modules (here
# rpython.rlib.unroll, given a value it cannot iterate) blames the program's line that called into
# the library, with notes for the library's frames by their path in the repository (never the
# absolute path of the library's file as the error's location).
from rpython.rlib.unroll import unrolling_iterable


def make_steps(n):
    return unrolling_iterable(n)


STEPS = make_steps(3)


def entry_point(argv):
    for s in STEPS:
        print s
    return 0


def target(*args):
    return entry_point, None
