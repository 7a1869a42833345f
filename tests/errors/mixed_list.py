import os, sys


def entry_point(argv):
    items = [1, 2, "three"]
    print(len(items))
    return 0


def target(*args):
    return entry_point, None
