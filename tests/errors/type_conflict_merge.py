import os, sys


def entry_point(argv):
    if len(argv) > 1:
        x = 42
    else:
        x = "forty-two"
    print(x)
    return 0


def target(*args):
    return entry_point, None
