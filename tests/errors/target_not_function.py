import os, sys


def entry_point(argv):
    return 0


def target(*args):
    return 42
