import os, sys


def entry_point(argv):
    code = "x = 1"
    exec code
    return 0


def target(*args):
    return entry_point, None
