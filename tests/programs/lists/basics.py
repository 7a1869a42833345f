from __future__ import print_function
import os, sys


def entry_point(argv):
    l = []
    print(l, len(l))
    for i in range(5):
        l.append(i * i)
    print(l, len(l), l[0], l[4], l[-1], l[-5])
    l[2] = 100
    l[-1] = -1
    print(l)
    print(4 in l, 100 in l, 7 in l, 7 not in l)
    m = [3, 1, 2]
    print(m)
    s = 0
    for x in l:
        s += x
    print(s)
    print([] == [], [1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] == [1, 2, 3])
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
