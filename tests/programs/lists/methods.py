from __future__ import print_function
import os, sys


def entry_point(argv):
    l = [3, 1, 4]
    l.extend([1, 5])
    print(l)
    l.insert(0, 9)
    l.insert(2, 7)
    l.insert(-1, 8)
    l.insert(100, 6)
    l.insert(-100, 0)
    print(l)
    print(l.pop(), l.pop(0), l.pop(-2), l.pop(1))
    print(l)
    l.remove(1)
    print(l)
    print(l.index(4), l.index(5), l.count(1), l.count(42))
    l.reverse()
    print(l)
    l.sort()
    print(l)
    l.extend(l)
    print(l, l.count(4))
    try:
        l.remove(42)
    except ValueError:
        print("remove: ValueError")
    try:
        l.index(42)
    except ValueError:
        print("index: ValueError")
    e = []
    try:
        e.pop()
    except IndexError:
        print("pop from empty: IndexError")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
