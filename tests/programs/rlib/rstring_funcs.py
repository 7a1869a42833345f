from __future__ import print_function
import os, sys
from rpython.rlib import rstring
from rpython.rlib.rstring import split, rsplit, replace


def entry_point(argv):
    print(split("a,b,,c", ","), split("  x  y "), split("a b c", " ", 1))
    print(rsplit("a,b,c", ",", 1), rsplit(" p q r "))
    print(replace("banana", "an", "AN"), replace("aaa", "a", "bb", 2))
    print(rstring.split("k=v", "="))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
