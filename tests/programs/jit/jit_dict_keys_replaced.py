# python2
# A jit_merge_point inside loops over a dict and a set whose body replaces keys (deletes one, adds
# another: the same size), many times, so the table fills with dummies and is rebuilt while the
# loop runs: Python 2.7's iterator looks at the table as it is at each step, from the position
# after the last element, and visits the keys that land after it (a key may come twice). The
# jitcode's iterator and the compiled loop must visit the same keys (rpy/dict_iter.hpp), and raise
# "changed size" when a step finds another size.
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver

d_shift = JitDriver(greens=[], reds="auto")
d_set = JitDriver(greens=[], reds="auto")
d_grow = JitDriver(greens=[], reds="auto")


def shift(d, by, limit):
    visited = 0
    check = 0
    for k in d:
        d_shift.jit_merge_point()
        visited += 1
        check = (check * 31 + k) % 1000003
        if k < limit:
            d[k + by] = d.pop(k) + 1
    return visited, check, len(d)


def set_shift(s, by, limit):
    visited = 0
    check = 0
    for x in s:
        d_set.jit_merge_point()
        visited += 1
        check = (check * 17 + x) % 1000003
        if x < limit:
            s.remove(x)
            s.add(x + by)
    return visited, check


def grow_late(d, at):
    n = 0
    try:
        for k, v in d.iteritems():
            d_grow.jit_merge_point()
            n += 1
            if n == at:
                d[-n] = v
    except RuntimeError as e:
        return n, str(e)
    return n, "ok"


def entry_point(argv):
    n = 3000
    if len(argv) > 1:
        n = int(argv[1])
    for rounds in range(3):
        d = {}
        for i in range(n):
            d[i * 7 % 4001] = i
        print(shift(d, 5000 + rounds, 4001))
        s = set()
        for i in range(n):
            s.add(i * 13 % 3989)
        print(set_shift(s, 4000 + rounds * 3, 4000))
        print(grow_late(d, n - 5 + rounds))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
