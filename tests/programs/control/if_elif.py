from __future__ import print_function
import os, sys


def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"


def entry_point(argv):
    for n in [-5, 0, 3, 42, 1000]:
        print(n, classify(n))
    x = len(argv)
    if x:
        print("truthy int")
    if not x - 1:
        print("falsy int")
    if "":
        print("never")
    else:
        print("empty string is falsy")
    if [1]:
        print("non-empty list")
    if []:
        print("never")
    if 0.0:
        print("never")
    elif 0.5:
        print("nonzero float")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
