# The None a function returns (implicitly, or from a function that never returns normally) is a
# value like any other: stored, printed, put in containers, returned again.
from __future__ import print_function
def nothing(x):
    x.append(1)

def part1():
    l = []
    y = nothing(l)
    print(y, l)
    d = {}
    d["k"] = nothing(l)
    t = (nothing(l), 1)
    print(d, t)
    return 0


def nothing2(x):
    x.append(1)

def passthru(x):
    return nothing(x)

class A(object):
    def m(self, l):
        return nothing(l)

def fail(msg):
    raise ValueError(msg)

def g(l):
    if len(l) > 100:
        return fail("big")
    return len(l)

def part2(argv):
    l = []
    print(passthru(l), A().m(l), g(l))
    f = nothing if len(argv) < 10 else passthru
    print(f(l), l)
    return 0

def fail(msg):
    raise ValueError(msg)

def part3(argv):
    try:
        y = fail("boom")
        print(y)
    except ValueError as e:
        print("caught", e)
    z = len(argv) > 5 and fail("never")
    return 0

def entry_point(argv):
    part1()
    part2(argv)
    part3(argv)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point([])
