from __future__ import print_function
import os, sys


def get(l, i):
    try:
        return l[i]
    except IndexError:
        return -1


def put(l, i, v):
    try:
        l[i] = v
        return True
    except IndexError:
        return False


def entry_point(argv):
    l = [10, 20, 30]
    print(get(l, 0), get(l, 2), get(l, 3), get(l, -3), get(l, -4), get([], 0))
    print(put(l, 1, 5), put(l, 3, 5), put(l, -4, 5), l)
    try:
        x = l[len(argv) + 10]
        print(x)
    except IndexError as e:
        print("IndexError:", str(e))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
