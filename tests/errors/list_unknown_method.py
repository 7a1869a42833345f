import os, sys


def entry_point(argv):
    items = [1, 2, 3]
    items.push(4)
    return 0


def target(*args):
    return entry_point, None
