from __future__ import print_function
import os, sys


def entry_point(argv):
    d = {"a": 1}
    l = [1, 2]
    tests = 0
    try:
        d["b"]
    except KeyError:
        tests += 1
        print("KeyError")
    try:
        l[5]
    except IndexError:
        tests += 1
        print("IndexError")
    try:
        int("nope")
    except ValueError:
        tests += 1
        print("ValueError")
    try:
        print(1 // (len(argv) - 1))
    except ZeroDivisionError:
        tests += 1
        print("ZeroDivisionError")
    try:
        l.remove(9)
    except ValueError:
        tests += 1
        print("ValueError from remove")
    print(tests)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
