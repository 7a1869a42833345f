# Hints whose meaning the tracer must keep: an @elidable lookup that raises (KeyError caught in
# the portal), @loop_invariant, @look_inside_iff with isconstant, we_are_jitted() in a branch
# (same result either way), a str green built at run time (equal values, different objects),
# promote on a float and on a str, and a list and a dict grown and shrunk in every iteration.
from __future__ import print_function
import sys
from rpython.rlib.jit import (JitDriver, elidable, loop_invariant, look_inside_iff, isconstant,
                              we_are_jitted, promote, promote_string, unroll_safe)

driver = JitDriver(greens=["op", "k"], reds=["i", "n", "st"])

TABLE = {"a": 1, "b": 2, "c": 3}


class St(object):
    def __init__(self):
        self.acc = 0
        self.items = []
        self.seen = {}
        self.misses = 0
        self.calls = 0
        self.scale = 1.5


@elidable
def weight(name):
    return TABLE[name] * 10


@loop_invariant
def config(st):
    st.calls += 1
    return 7


@look_inside_iff(lambda x, y: isconstant(y))
def powmod(x, y):
    r = 1
    for j in range(y):
        r = (r * x) % 1000003
    return r


@unroll_safe
def total(items):
    s = 0
    for v in items:
        s += v
    return s


def step(op, k, i, st):
    if op == "w":
        try:
            st.acc += weight(k)
        except KeyError:
            st.misses += 1
    elif op == "p":
        st.acc += powmod(i, len(k)) + powmod(len(k), i % 5)
    elif op == "l":
        st.items.append(i * len(k))
        if len(st.items) > 5:
            st.items.pop(0)
        st.acc += total(st.items)
        st.seen[i % 9] = st.seen.get(i % 9, 0) + 1
        if i % 4 == 0 and (i % 9) in st.seen:
            del st.seen[i % 9]
    elif op == "f":
        s = promote(st.scale)
        st.acc += int(s * i) + config(st)
        name = promote_string(k)
        st.acc += len(name)
    if we_are_jitted():
        st.acc += 0
    else:
        st.acc -= 0


def run(op, k, n, st):
    i = 0
    while i < n:
        driver.jit_merge_point(op=op, k=k, i=i, n=n, st=st)
        step(op, k, i, st)
        i += 1
        if i % 50 == 0:
            st.scale += 0.25


def entry_point(argv):
    n = 200
    if len(argv) > 1:
        n = int(argv[1])
    st = St()
    for op in ["w", "p", "l", "f"]:
        for base in ["a", "b", "zz", "c"]:
            k = (base + "x")[:len(base)]  # a new string object each time
            run(op, k, n, st)
            print(op, k, st.acc, st.misses, len(st.items), len(st.seen), st.calls > 0, st.scale)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
