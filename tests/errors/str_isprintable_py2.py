# str.isprintable() is a Python 3 method: Python 2's str has none (AttributeError).
import os


def entry_point(argv):
    if argv[0].isprintable():
        os.write(1, "printable\n")
    return 0


def target(*args):
    return entry_point, None
