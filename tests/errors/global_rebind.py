import os, sys

counter = 0


def bump():
    global counter
    counter = counter + 1


def entry_point(argv):
    bump()
    print(counter)
    return 0


def target(*args):
    return entry_point, None
