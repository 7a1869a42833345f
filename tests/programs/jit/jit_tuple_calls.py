# python2
# Residual calls returning a tuple in traces (docs/JIT.md 10: call_t and call_result_*): the
# step of a for loop over unicode, a dict, a set, a dict's items and a generator returns
# (more, item), and a function the JIT does not look inside may return a tuple of ints, strs,
# floats and instances. Before session 22 every such call aborted the trace ("a residual call
# returning a tuple"), so a portal whose merge point sits in such a loop never got code. Here
# each loop runs long enough to be traced and compiled, a call raises in some iterations (caught
# in the same frame, and by the caller), and the results feed guards, arithmetic and strings.
import sys
from rpython.rlib.jit import JitDriver, dont_look_inside

d_uni = JitDriver(greens=["c"], reds=["acc"])
d_dict = JitDriver(greens=[], reds="auto")
d_set = JitDriver(greens=[], reds="auto")
d_items = JitDriver(greens=[], reds="auto")
d_gen = JitDriver(greens=[], reds="auto")
d_call = JitDriver(greens=[], reds="auto")


class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y


def run_unicode(u):
    acc = 0
    for c in u:
        d_uni.jit_merge_point(c=c, acc=acc)
        acc = (acc * 7 + ord(c)) % 1000003
    return acc


def run_dict(d):
    total = 0
    for k in d:
        d_dict.jit_merge_point()
        total += k * d[k]
    return total


def run_set(s):
    odd = 0
    big = 0
    for x in s:
        d_set.jit_merge_point()
        if x % 2:
            odd += 1
        if x > 500:
            big += x
    return odd, big


def run_items(d):
    words = 0
    longest = ""
    key = -1
    for k, v in d.iteritems():
        d_items.jit_merge_point()
        words += len(v) + k % 3
        if len(v) > len(longest) or (len(v) == len(longest) and v > longest):
            longest = v
            key = k
    return words, longest, key


def squares(n):
    i = 0
    while i < n:
        yield i * i
        i += 1


def run_gen(n):
    s = 0
    for q in squares(n):
        d_gen.jit_merge_point()
        s = (s + q) % 999983
    return s


@dont_look_inside
def split_point(i):
    if i % 97 == 96:
        raise ValueError("bad point %d" % i)
    return i // 3, "p%d" % (i % 10), i * 0.5, Point(i, -i)


def run_calls(n):
    acc = 0
    text = ""
    f = 0.0
    bad = 0
    i = 0
    while i < n:
        d_call.jit_merge_point()
        try:
            q, name, half, p = split_point(i)
            acc += q + p.x - p.y
            f += half
            if i % 250 == 0:
                text += name
        except ValueError:
            bad += 1
        i += 1
    return acc, text, f, bad


def entry_point(argv):
    n = int(argv[1]) if len(argv) > 1 else 3000
    text = u"caf\xe9 \u20ac \u4e2d\u6587 " * (n // 10) + u"!"
    print run_unicode(text)
    print run_unicode(u"")
    d = {}
    for i in range(n):
        d[i * 7 % 1009] = i
    print run_dict(d)
    print run_set(set([i * 13 % 1000 for i in range(n)]))
    names = {}
    for i in range(n // 3):
        names[i] = "w" * (i % 17) + str(i)
    print run_items(names)
    print run_gen(n)
    print run_calls(n)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
