# Values a JIT portal handles: floats, tuples returned from functions the JIT looks inside,
# loops in @unroll_safe helpers (range, list and str iteration, while/else, for/else), chars,
# bools, None, conversions between ints and floats, and instances with fields of each kind.
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver, unroll_safe, dont_look_inside, elidable, promote, hint, we_are_jitted

driver = JitDriver(greens=["i", "n"], reds=["acc", "p", "name"])


class Point(object):
    def __init__(self, x, y, tag="p"):
        self.x = x
        self.y = y
        self.tag = tag
        self.hits = 0

    def move(self, dx, dy=0.5):
        self.x += dx
        self.y -= dy
        self.hits += 1
        return self.x * self.y


def divmod_pair(a, b):
    return a // b, a % b


@unroll_safe
def digits_sum(n):
    total = 0
    for d in str(n):
        total += ord(d) - ord("0")
    for k in range(3):
        total += k
    for k in range(10, 4, -3):
        total -= k
    else:
        total += 1
    return total


@unroll_safe
def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            break
    else:
        return -1
    return x


@unroll_safe
def count_down(k):
    s = 0
    while k > 0:
        k -= 1
        if k == 5:
            continue
        s += k
    else:
        s += 100
    return s


@dont_look_inside
def opaque_scale(f, k):
    return f * k


@elidable
def table_lookup(i):
    return [1.5, 2.5, -0.25][i % 3]


def describe(v, g):
    if v is None:
        return "none"
    return "%s=%.3f" % (v, g)


def step(i, p, name):
    q, r = divmod_pair(i * 7 + 3, 5)
    f = p.move(q * 0.25, dy=r / 4.0)
    g = opaque_scale(f, 2) + table_lookup(promote(i))
    big = i > 3 and not (i == 7)
    c = name[i % len(name)]
    pair = (q, r)
    label = "%s:%d:%d:%s" % (c, pair[0], pair[1], "yes" if big else "no")
    maybe = None if i % 4 == 0 else name
    return g + digits_sum(i * 13) + first_even([i, i + 1, i + 3]) + count_down(i % 9), label, describe(maybe, g)


def run(n, name):
    i = 0
    acc = 0.0
    p = Point(1.0, 2.0)
    while i < n:
        driver.jit_merge_point(i=i, n=n, acc=acc, p=p, name=name)
        v, label, d = step(i, p, name)
        acc += v
        acc = acc - int(acc / 1000.0) * 1000.0
        print(label, d, hint(i, promote=True), we_are_jitted() or i >= 0)
        i += 1
    return acc, p.hits, p.tag


def entry_point(argv):
    acc, hits, tag = run(12, "jitted")
    print("%.6f" % acc, hits, tag)
    print(digits_sum(987), first_even([1, 3, 5]), count_down(3))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
