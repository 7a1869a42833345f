import os, sys


def counter():
    n = 0

    def bump():
        nonlocal n
        n += 1
        return n
    return bump()


def entry_point(argv):
    print(counter())
    return 0


def target(*args):
    return entry_point, None
