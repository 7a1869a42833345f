from __future__ import print_function
import os, sys

trace = []


def f(name, v):
    trace.append(name)
    return v


def entry_point(argv):
    x = f("a", 1) + f("b", 2) * f("c", 3)
    print(x, trace)
    del trace[:]
    l = [f("l0", 10), f("l1", 20)]
    print(l, trace)
    del trace[:]
    if f("lo", 0) <= f("mid", 5) < f("hi", 3):
        print("in")
    else:
        print("out")
    print(trace)
    del trace[:]
    y = f("t", 1) if f("cond", 1) > 0 else f("e", 2)
    print(y, trace)
    del trace[:]
    l[f("idx", 0)] = f("val", 99)
    print(l, trace)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
