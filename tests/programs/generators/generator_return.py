from __future__ import print_function
import os, sys


def until_negative(xs):
    for x in xs:
        if x < 0:
            return
        yield x


def tokens(s):
    cur = ""
    for c in s:
        if c == " ":
            if cur:
                yield cur
            cur = ""
        else:
            cur += c
    if cur:
        yield cur


def entry_point(argv):
    print(list(until_negative([3, 1, 4, -1, 5])))
    print(list(until_negative([])))
    print(list(tokens("  let x  = 42 ")))
    g = until_negative([1, -2])
    print(next(g))
    try:
        next(g)
        print("no StopIteration")
    except StopIteration:
        print("StopIteration")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
