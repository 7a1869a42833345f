# python2
# r_singlefloat: a C float, rounded from a double; float(x) gives it back as a double.
from rpython.rlib.rarithmetic import r_singlefloat


class Pixel(object):
    def __init__(self, v):
        self.v = r_singlefloat(v)


def entry_point(argv):
    f = r_singlefloat(0.1)
    g = r_singlefloat(1.0 / (len(argv) + 2))
    print float(f), float(g), repr(float(f)), float(f) * 2
    print f == r_singlefloat(0.1), f != g, f == g, r_singlefloat(16777217) == r_singlefloat(16777216)
    px = [Pixel(i / 7.0) for i in range(3)]
    print [float(p.v) for p in px]
    print float(r_singlefloat(len(argv))), float(r_singlefloat(-2.5e-3))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
