import os, sys


def area(width, height):
    return width * height


def entry_point(argv):
    print(area(3))
    return 0


def target(*args):
    return entry_point, None
