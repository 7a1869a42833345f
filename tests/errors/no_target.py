import os, sys


def entry_point(argv):
    print("hello")
    return 0
