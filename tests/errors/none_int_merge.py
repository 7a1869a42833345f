import os, sys


def find(items, x):
    for i in range(len(items)):
        if items[i] == x:
            return i
    return None


def entry_point(argv):
    print(find(argv, "x"))
    return 0


def target(*args):
    return entry_point, None
