import os, sys


def entry_point(argv):
    x = len(argv)
    if x == 1
        print("one")
    return 0


def target(*args):
    return entry_point, None
