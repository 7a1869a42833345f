from __future__ import print_function
import os, sys
from rpython.rlib.objectmodel import r_dict


def eq_nocase(a, b):
    return a.lower() == b.lower()


def hash_nocase(s):
    h = 0
    for c in s.lower():
        h = (h * 31 + ord(c)) & 0xFFFFFF
    return h


def entry_point(argv):
    d = r_dict(eq_nocase, hash_nocase)
    d["Hello"] = 1
    d["WORLD"] = 2
    d["hello"] = 3
    print(len(d), d["HELLO"], d["world"], "World" in d, "other" in d)
    print(d.get("nope", -1))
    keys = []
    for k in d:
        keys.append(k)
    print(keys)
    del d["hello"]
    print(len(d), list(d.keys()), list(d.values()))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
