# finding: in a Python 2 program, a set iterates and prints in Python 3's order (CPython 3's set
# table and hashes); Python 2.7's set table grows differently and hashes strings differently.
# kind: wrong output (Python 2 sets)
from __future__ import print_function


def entry_point(argv):
    s = set([0, 160, 2, 8, 64, 384, 24])
    print(s)
    t = set(['', 'e', 'a.b.c', 'zz'])
    print(sorted(t), list(t))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
