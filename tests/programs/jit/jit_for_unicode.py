# python2
# A merge point inside a for loop over a Python 2 unicode string (docs/JIT.md 4.1): the loop
# becomes an index loop over hidden locals carried as reds, as for a str; each item is a
# one-char unicode (code points above 0xFF too), from the same iterator as a Python 3 str's. Before
# session 18 the JIT refused it ("a for loop over unicode"), and a function looping over unicode
# was never looked inside (weight(), @unroll_safe, called from the portal).
import sys
from rpython.rlib.jit import JitDriver, unroll_safe

d1 = JitDriver(greens=["c"], reds=["acc"])
d2 = JitDriver(greens=[], reds="auto")


@unroll_safe
def weight(u):
    w = 0
    for c in u:
        w += ord(c) % 5
    return w


def run(u):
    acc = 0
    for c in u:
        d1.jit_merge_point(c=c, acc=acc)
        acc = (acc * 7 + ord(c) + weight(c + u"\u0101x")) % 1000003
    return acc


def count_until(u, stop):
    n = 0
    last = u"?"
    for c in u:
        d2.jit_merge_point()
        if c == stop:
            break
        if c == u" ":
            continue
        n += 1
        last = c
    else:
        n = -n
    return n, ord(last)


def entry_point(argv):
    text = u"caf\xe9 \u20ac \u4e2d\u6587 " * 400 + u"!"
    print run(text)
    print run(u"")
    print count_until(text, u"!")
    print count_until(text, u"\u00ff")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
