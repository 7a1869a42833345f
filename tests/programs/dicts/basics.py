# python2
from __future__ import print_function
import os, sys


def entry_point(argv):
    d = {}
    d["one"] = 1
    d["two"] = 2
    d["three"] = 3
    print(len(d), d["two"], "one" in d, "four" in d, "four" not in d)
    d["two"] = 22
    print(d["two"], len(d))
    del d["one"]
    print(len(d), "one" in d)
    try:
        print(d["one"])
    except KeyError:
        print("KeyError after del")
    try:
        del d["zzz"]
    except KeyError:
        print("KeyError on del of missing key")
    e = {1: "a", 2: "b"}
    print(e[1] + e[2], len({}))
    print(d, e, {})
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
