# warnings.warn() in translated code needs its category when translating: a class chosen at run
# time is refused, naming the argument.
import sys
import warnings


def main(argv):
    cat = UserWarning if len(argv) > 1 else RuntimeWarning
    warnings.warn("which one?", cat)
    return 0


def target(*args):
    return main, None
