# python2
# A module attribute that does not exist (a typo for math.pi), used by several functions: reported
# once, at the first use rpy meets, the others as notes (it was one error per use).
import math


def area(r):
    return math.PI * r * r


def circumference(r):
    return 2 * math.PI * r


def main(argv):
    r = float(len(argv))
    print area(r), circumference(r)
    return 0


def target(*args):
    return main, None
