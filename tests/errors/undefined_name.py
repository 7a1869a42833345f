import os, sys


def entry_point(argv):
    result = compute_total(argv)
    print(result)
    return 0


def target(*args):
    return entry_point, None
