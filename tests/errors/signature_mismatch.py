# Arguments and results that do not fit the types @signature declares.
from rpython.rlib.signature import signature
from rpython.rlib import types


@signature(types.int(), returns=types.str())
def label(n):
    if n > 0:
        return "positive"
    return n


def entry_point(argv):
    print label(len(argv))
    print label(argv[0])
    return 0


def target(*args):
    return entry_point, None
