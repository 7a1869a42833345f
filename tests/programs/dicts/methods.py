# python2
from __future__ import print_function
import os, sys


def entry_point(argv):
    d = {"a": 1, "b": 2}
    print(d.get("a", 0), d.get("z", 0), d.get("z", -1), d.get("b", -1))
    print(d.setdefault("c", 3), d.setdefault("a", 99), d)
    print(d.pop("b"), d.pop("nope", 0), d)
    try:
        d.pop("nope")
    except KeyError:
        print("pop KeyError")
    d.update({"x": 10, "a": -1})
    print(d)
    c = d.copy()
    c["new"] = 5
    print(len(d), len(c), "new" in d)
    k, v = c.popitem()
    print(k, v, len(c))
    c.clear()
    print(c, len(c))
    try:
        c.popitem()
    except KeyError:
        print("popitem on empty: KeyError")
    print(sorted(d.keys()), sorted(d.values()))
    total = 0
    for key, val in d.items():
        total += val
    print(total)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
