# A builtin called with too few arguments at import time raises TypeError, as in Python.
import math

ROOT = math.sqrt()


def entry_point(argv):
    print(ROOT)
    return 0


def target(*args):
    return entry_point, None
