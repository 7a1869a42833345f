from __future__ import print_function
import os, sys


def add(a, b):
    # decimal strings, non-negative
    res = []
    carry = 0
    i = len(a) - 1
    j = len(b) - 1
    while i >= 0 or j >= 0 or carry:
        s = carry
        if i >= 0:
            s += ord(a[i]) - 48
        if j >= 0:
            s += ord(b[j]) - 48
        res.append(chr(s % 10 + 48))
        carry = s // 10
        i -= 1
        j -= 1
    res.reverse()
    return "".join(res)


def mul_small(a, k):
    res = []
    carry = 0
    for i in range(len(a) - 1, -1, -1):
        p = (ord(a[i]) - 48) * k + carry
        res.append(chr(p % 10 + 48))
        carry = p // 10
    while carry:
        res.append(chr(carry % 10 + 48))
        carry //= 10
    res.reverse()
    s = "".join(res).lstrip("0")
    return s if s else "0"


def entry_point(argv):
    f = "1"
    for i in range(2, 51):
        f = mul_small(f, i)
    print(f)
    a, b = "0", "1"
    for i in range(200):
        a, b = b, add(a, b)
    print(a)
    print(add("999", "1"), mul_small("0", 5), mul_small("12", 0))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
