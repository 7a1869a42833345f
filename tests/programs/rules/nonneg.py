# Non-negative ints (RPython's SomeInteger(nonneg=True)): len(), ord(), range() indexes and ints
# tested `>= 0` merge with r_uint into r_uint, and an r_uint indexes lists and strings.
from __future__ import print_function
from rpython.rlib.rarithmetic import r_uint, intmask


def pick(argv):
    rng = (0, len(argv))
    if len(argv) > 1:
        rng = (r_uint(1), r_uint(2))
    return intmask(rng[1])


def clamp(n):
    if n >= 0:
        x = n
    else:
        x = 0
    if n > 5:
        x = r_uint(7)
    return intmask(x)


def index_with_unsigned(items, s):
    total = 0
    i = r_uint(0)
    while i < r_uint(len(items)):
        total += items[i]
        total += ord(s[i % r_uint(len(s))])
        i += r_uint(1)
    return total


def entry_point(argv):
    print(pick(argv))
    print(clamp(3), clamp(9), clamp(-4))
    print(index_with_unsigned([1, 2, 3, 4], "ab"))
    for c in "xyz":
        k = ord(c)
        if len(argv) > 5:
            k = r_uint(0)
        print(intmask(k))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
