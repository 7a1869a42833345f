# sorted(), list.sort(), min() and max() with key= giving instances whose class defines the order:
# the keys compare by their class's __lt__ (or the reflected __gt__ when only that is defined; max()
# asks __gt__ first), at import time and in translated code; keys are computed once per item, in
# order, and equal keys keep the items' order.
import sys


class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __lt__(self, other):
        if self.major != other.major:
            return self.major < other.major
        return self.minor < other.minor


class Weight:  # only __gt__: sort() and min() use the reflected y.__gt__(x)
    def __init__(self, w):
        self.w = w

    def __gt__(self, other):
        return self.w > other.w


class Package:
    def __init__(self, name, major, minor, weight):
        self.name = name
        self.version = Version(major, minor)
        self.weight = Weight(weight)


CALLS = []


def version_of(p):
    CALLS.append(p.name)
    return p.version


def names(ps):
    return " ".join([p.name for p in ps])


PREBUILT = [Package("a", 2, 1, 30), Package("b", 1, 9, 10), Package("c", 2, 0, 20), Package("d", 1, 9, 40)]
AT_IMPORT = [names(sorted(PREBUILT, key=lambda p: p.version)), names(sorted(PREBUILT, key=lambda p: p.weight, reverse=True)),
             max(PREBUILT, key=lambda p: p.version).name, min(PREBUILT, key=lambda p: p.weight).name]


def main():
    print(AT_IMPORT)
    n = len(sys.argv)
    ps = [Package("x%d" % i, (i * 7 + n) % 3, (i * 5) % 4, (i * 11) % 7) for i in range(9)]
    print(names(sorted(ps, key=version_of)))
    print(CALLS)
    print(names(sorted(ps, key=lambda p: p.version, reverse=True)))
    print(names(sorted(ps, key=lambda p: p.weight)))
    ps.sort(key=lambda p: p.weight, reverse=True)
    print(names(ps))
    ps.sort(key=lambda p: p.version)
    print(names(ps))
    print(max(ps, key=lambda p: p.version).name, min(ps, key=lambda p: p.version).name)
    print(max(ps, key=lambda p: p.weight).name, min(ps, key=lambda p: p.weight).name)
    print(max(ps[0], ps[3], ps[5], key=lambda p: p.version).name)
    print(min([], key=lambda p: p.weight, default=ps[1]).name)
    try:
        max([p for p in ps if p.weight.w > 100], key=lambda p: p.version)
    except ValueError as e:
        print("ValueError:", e)


main()
