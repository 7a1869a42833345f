import os, sys


def show(value):
    print(value)


def entry_point(argv):
    show(len(argv))
    show(argv[0])
    return 0


def target(*args):
    return entry_point, None
