# python2
# Python 2's messages for lists, strs and dicts that may be None where their value is needed.
import os


def lst(n):
    if n > 0:
        return [1, 2, 3]
    return None


def mk(n):
    if n > 0:
        return "abc"
    return None


def md(n):
    if n > 0:
        return {1: 2}
    return None


def g(tag):
    print "g", tag
    return 1


def attempt(i, n):
    xs = lst(n)
    s = mk(n)
    d = md(n)
    try:
        if i == 0:
            print xs[g("index")]
        elif i == 1:
            xs[g("store index")] = g("stored value")
            print xs
        elif i == 2:
            print len(xs) + g("after len")
        elif i == 3:
            print xs[g("lo"):g("hi")]
        elif i == 4:
            print g("before in") in xs
        elif i == 5:
            print s + "x"
        elif i == 6:
            print "x" + s
        elif i == 7:
            print d[1], 1 in d, len(d)
        elif i == 8:
            print s[1], len(s)
    except TypeError as e:
        print "TypeError", e


def entry_point(argv):
    for i in range(9):
        attempt(i, 1)
        attempt(i, 0)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
