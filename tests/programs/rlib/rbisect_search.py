# python2
# rpython.rlib.rbisect: bisect_left / bisect_right over a sorted list, all of it or its first hi
# items, on ints and floats, and bisect (the older name).
from rpython.rlib.rbisect import bisect_left, bisect_right, bisect


def entry_point(argv):
    a = [1, 1, 2, 2, 2, 5, 9]
    for x in [0, 1, 2, 3, 5, 9, 10 + len(argv)]:
        print x, bisect_left(a, x), bisect_right(a, x), bisect_left(a, x, 4), bisect_right(a, x, 4), bisect(a, x)
    f = [0.5, 1.5, 1.5, 7.25]
    print bisect_left(f, 1.5), bisect_right(f, 1.5), bisect_left(f, 8.0, len(f)), bisect_right([], 3)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
