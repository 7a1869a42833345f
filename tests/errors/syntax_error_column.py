import os, sys


def entry_point(argv):
    total = (1 + 2) * (3 +* 4)
    return total


def target(*args):
    return entry_point, None
