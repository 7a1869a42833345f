# python2
# A jit_merge_point inside `for` loops over dicts, sets, dict views and iterators (RPython's flow
# space makes each a while loop over an iterator object, live at the merge point: a red). rpy keeps
# the loop's rpy::Iterator in a hidden local that the compiled portal and its jitcode both step, so
# the JIT hands the loop back with it (docs/JIT.md 4.1). Covered: a dict's keys (a green that is
# the loop variable), iteritems() and itervalues(), values changed by the body (seen, as Python's
# dict iterator sees them), a set, a generator, iter() of a list, a tuple, continue, break,
# for-else, an exception leaving the loop, nested loops around the merge point, the loop run again
# with a new iterator each time.
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver

d_keys = JitDriver(greens=["k"], reds=["acc", "d"])
d_items = JitDriver(greens=[], reds="auto")
d_vals = JitDriver(greens=[], reds="auto")
d_set = JitDriver(greens=[], reds="auto")
d_gen = JitDriver(greens=[], reds="auto")
d_iter = JitDriver(greens=[], reds="auto")
d_tup = JitDriver(greens=[], reds="auto")
d_nest = JitDriver(greens=[], reds="auto")
d_raise = JitDriver(greens=[], reds="auto")


def keys(d):
    acc = 0
    for k in d:
        d_keys.jit_merge_point(k=k, acc=acc, d=d)
        acc += k * d[k]
    return acc


def items(d, rounds):
    total = 0
    r = 0
    while r < rounds:
        for k, v in d.iteritems():
            d_items.jit_merge_point()
            if v % 3 == 0:
                continue
            total += k - v
            # a later key's value changed: the iterator sees the new value
            if k + 1 in d:
                d[k + 1] = d[k + 1] + 1
        r += 1
    return total


def values(d):
    best = -1
    for v in d.itervalues():
        d_vals.jit_merge_point()
        if v > 1000000:
            break
        if v > best:
            best = v
    else:
        best += 1
    return best


def in_set(s):
    n = 0
    for x in s:
        d_set.jit_merge_point()
        if x % 2:
            n += x
        else:
            n -= 1
    return n


def gen(n):
    i = 0
    while i < n:
        yield i * i % 17
        i += 1


def from_gen(n):
    acc = 0
    for x in gen(n):
        d_gen.jit_merge_point()
        acc = (acc * 31 + x) % 1000003
    return acc


def from_iter(l):
    acc = 0
    it = iter(l)
    for x in it:
        d_iter.jit_merge_point()
        acc += x
        if acc > 300:
            break
    rest = 0
    for x in it:
        rest += 1
    return acc * 1000 + rest


def from_tuple(n):
    acc = 0
    i = 0
    while i < n:
        for x in (1, 5, 9):
            d_tup.jit_merge_point()
            acc += x * i
        i += 1
    return acc


def nested(d, s):
    acc = 0
    for k in d:
        for x in s:
            d_nest.jit_merge_point()
            acc += k * x
    return acc


def raising(d):
    acc = 0
    for k in d:
        d_raise.jit_merge_point()
        if k == 77:
            raise ValueError("key %d" % k)
        acc += k
    return acc


def entry_point(argv):
    n = 200
    if len(argv) > 1:
        n = int(argv[1])
    d = {}
    for i in range(n):
        d[i * 7 % 101] = i
    print(keys(d))
    print(items(d, 3))
    print(values(d))
    print(values({1: 2000000, 2: 5}))
    s = set()
    for i in range(n):
        s.add(i * 13 % 97)
    print(in_set(s))
    print(from_gen(n))
    print(from_iter(range(n)))
    print(from_tuple(n))
    small = {}
    for i in range(20):
        small[i * 3] = i
    print(nested(small, s))
    try:
        print(raising(d))
    except ValueError as e:
        print("ValueError", e)
    print(raising({1: 1, 2: 2}))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
