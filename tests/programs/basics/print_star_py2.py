# python2
# print(*x) under print_function: str() of each item, Python 2.7 float digits.
from __future__ import print_function
def entry_point(argv):
    print(*[0.5, 'a', None])
    x = [1.0 / 3, 2.5]
    print(*x)
    print(*x, sep='|')
    t = (1, 'q')
    print(*t)
    return 0
def target(*a):
    return entry_point, None
if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
