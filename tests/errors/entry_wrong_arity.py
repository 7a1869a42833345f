import os, sys


def entry_point():
    print("no argv parameter")
    return 0


def target(*args):
    return entry_point, None
