import os, sys

SIZES = [4, 2, 0]
RATIOS = [100 // s for s in SIZES]


def entry_point(argv):
    print(RATIOS)
    return 0


def target(*args):
    return entry_point, None
