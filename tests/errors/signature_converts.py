# An int passed where @signature declares a float: RPython would compute with a float, Python
# with the int; rpy refuses.
from rpython.rlib.signature import signature
from rpython.rlib import types


@signature(types.float(), returns=types.float())
def half(x):
    return x / 2


def entry_point(argv):
    print half(len(argv))
    return 0


def target(*args):
    return entry_point, None
