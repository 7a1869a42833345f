# python2
# Python 2's enumerate() is an iterator too (zip() and map() are lists there): one kept in a
# variable and partly consumed leaves the rest; built whole where it is iterated at once.
from __future__ import print_function
import sys


def entry_point(argv):
    xs = ["x", "y", "z"]
    e = enumerate(xs)
    print((1, "y") in e, list(e))
    e = enumerate("abcd", 1)
    print(e.next(), next(e))
    for i, c in e:
        print("first", i, c)
        break
    for i, c in e:
        print("second", i, c)
    print(list(e))
    z = zip(xs, [1, 2, 3])
    print(z[1], len(z), list(z), list(z))
    for i, x in enumerate(xs):
        print(i, x)
    print(dict(enumerate(xs)), sorted(enumerate(xs), reverse=True))
    w = enumerate(zip(xs, "uvw"))
    print(next(w), [t for t in w])
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
