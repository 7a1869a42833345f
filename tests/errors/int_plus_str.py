import os, sys


def entry_point(argv):
    n = len(argv)
    msg = n + " arguments"
    print(msg)
    return 0


def target(*args):
    return entry_point, None
