# python2
# Python 2's messages for a number that may be None given to a numeric '%' conversion (the
# generated C++ did not compile).
from __future__ import print_function


def find(xs, v):
    for i, x in enumerate(xs):
        if x == v:
            return i
    return None


def g(tag, v):
    print("g", tag)
    return v


def gf(tag, v):
    print("gf", tag)
    return v


def main():
    for data in ([4, 5], [9], [1, 9]):
        x = find(data, 9)
        fx = None if x is None else x * 1.5
        for k in range(7):
            try:
                if k == 0:
                    print("%d %d" % (x, g("a", 7)))
                elif k == 1:
                    print("%s|%i" % ("s", x))
                elif k == 2:
                    print("%x %5.2f" % (x, gf("c", 1.5)))
                elif k == 3:
                    print("%.3f" % (fx,))
                elif k == 4:
                    print("%s %r" % (x, fx))
                elif k == 5:
                    print("%05u %X %o" % (x, g("d", 255), g("e", 8)))
                elif k == 6:
                    print("%e %g" % (gf("f", 2.5), fx))
            except TypeError as e:
                print("TypeError", e)


def entry_point(argv):
    main()
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
