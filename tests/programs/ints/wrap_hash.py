# python2
# py2-differs: Python 2 promotes to long; rpy's ints are machine words that wrap (RPYTHON.md 2)
import os, sys


def fnv(s):
    h = -3750763034362895579
    for c in s:
        h = h ^ ord(c)
        h = h * 1099511628211
    return h


def lcg(seed, n):
    x = seed
    out = []
    for i in range(n):
        x = x * 6364136223846793005 + 1442695040888963407
        out.append(x)
    return out


def entry_point(argv):
    print fnv("")
    print fnv("a")
    print fnv("hello world")
    for v in lcg(1, 4):
        print v
    p = 1
    for i in range(1, 70):
        p = p * 3
    print p
    s = 1
    for i in range(64):
        s = s << 1
    print s
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
