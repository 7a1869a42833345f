import os, sys


def entry_point(argv):
    return "done"


def target(*args):
    return entry_point, None
