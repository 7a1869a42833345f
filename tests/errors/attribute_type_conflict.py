import os, sys


class Box(object):
    def __init__(self):
        self.content = 0

    def relabel(self):
        self.content = "label"


def entry_point(argv):
    b = Box()
    b.relabel()
    return 0


def target(*args):
    return entry_point, None
