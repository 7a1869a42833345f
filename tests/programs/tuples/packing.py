from __future__ import print_function
import os, sys


def entry_point(argv):
    t = (1, "two", 3.0)
    a, b, c = t
    print(a, b, c, len(t), t[0], t[1], t[2], t[-1])
    x, y = 1, 2
    x, y = y, x
    print(x, y)
    a, b, c = c, a, b
    print(a, b, c)
    (p, q), r = (10, 20), 30
    print(p, q, r)
    single = (5,)
    print(single, len(single), single[0])
    empty = ()
    print(empty, len(empty))
    print(t == (1, "two", 3.0), t != (1, "two", 3.0), (1, 2) == (1, 3))
    nested = ((1, 2), (3, 4))
    print(nested[1][0], nested)
    for i, (u, v) in enumerate([(1, 2), (3, 4)]):
        print(i, u + v)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
