import os, sys
import no_such_module_anywhere


def entry_point(argv):
    return no_such_module_anywhere.run(argv)


def target(*args):
    return entry_point, None
