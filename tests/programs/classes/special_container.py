from __future__ import print_function
import os, sys


class Vector(object):
    def __init__(self, n):
        self.data = [0] * n

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        return self.data[i]

    def __setitem__(self, i, v):
        self.data[i] = v

    def __delitem__(self, i):
        del self.data[i]

    def __contains__(self, v):
        for x in self.data:
            if x == v:
                return True
        return False


def entry_point(argv):
    v = Vector(5)
    for i in range(len(v)):
        v[i] = i * i
    print(len(v), v[2], v[-1], 9 in v, 10 in v, 10 not in v)
    del v[0]
    print(len(v), v[0], v.data)
    v[1] += 100
    print(v[1])
    try:
        print(v[10])
    except IndexError:
        print("IndexError through __getitem__")
    if len(v):
        print("non-empty")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
