# A jit_merge_point inside `for` loops over a Python 3 script's dict views, dicts, sets, strs and
# iterators (docs/JIT.md 4.1: the loop's iterator is a red, kept in a hidden local). Covered:
# d.items() (a view: values the body changes are seen), d.values(), d.keys(), a str's code points,
# a set, zip() and enumerate() (iterators), break with for-else.
from rpython.rlib.jit import JitDriver

d_items = JitDriver(greens=[], reds="auto")
d_vals = JitDriver(greens=[], reds="auto")
d_keys = JitDriver(greens=[], reds="auto")
d_str = JitDriver(greens=[], reds="auto")
d_set = JitDriver(greens=[], reds="auto")
d_zip = JitDriver(greens=[], reds="auto")
d_enum = JitDriver(greens=[], reds="auto")


def items(d):
    total = 0
    for k, v in d.items():
        d_items.jit_merge_point()
        total += k * v
        if k + 2 in d:
            d[k + 2] = v
    return total


def values(d):
    n = 0
    for v in d.values():
        d_vals.jit_merge_point()
        n += v % 7
    return n


def keys(d, stop):
    n = 0
    for k in d.keys():
        d_keys.jit_merge_point()
        if k == stop:
            break
        n += 1
    else:
        n = -n
    return n


def chars(s):
    n = 0
    for c in s:
        d_str.jit_merge_point()
        if c == "é":
            n += 100
        elif c.isdigit():
            n += int(c)
    return n


def in_set(s):
    n = 0
    for x in s:
        d_set.jit_merge_point()
        n += x * 3 % 11
    return n


def zipped(a, b):
    n = 0
    for x, y in zip(a, b):
        d_zip.jit_merge_point()
        n += x * y
    return n


def enumerated(words):
    out = []
    for i, w in enumerate(words):
        d_enum.jit_merge_point()
        out.append(w * (i % 3))
    return "".join(out)


def main():
    d = {}
    for i in range(300):
        d[i * 11 % 307] = i
    print(items(d))
    print(values(d))
    print(keys(d, 55), keys(d, -1))
    print(chars("ab1é2" * 60))
    print(in_set(set(range(0, 600, 7))))
    print(zipped(list(range(250)), list(range(3, 300))))
    print(enumerated(["a", "bc", "d"] * 50))


main()
