import os, sys


def entry_point(argv):
    name = argv[0]
    print(name.reticulate())
    return 0


def target(*args):
    return entry_point, None
