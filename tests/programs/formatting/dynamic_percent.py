# python2
# '%' with a format string built at run time, and '*' widths and precisions: parsed as the
# arguments arrive, with Python's results and errors.
from __future__ import print_function
def fmt_for(width, code):
    return "%" + str(width) + code


class Named(object):
    def __init__(self, name):
        self.name = name

    def __str__(self):
        return "<" + self.name + ">"


def try_format(fmt, n):
    try:
        return fmt % n
    except TypeError as e:
        return "TypeError: " + str(e)
    except ValueError as e:
        return "ValueError: " + str(e)


def try_two(fmt, a, b):
    try:
        return fmt % (a, b)
    except TypeError as e:
        return "TypeError: " + str(e)


def try_star(fmt, a, b):
    try:
        return fmt % (a, b)
    except TypeError as e:
        return "TypeError: " + str(e)


def entry_point(argv):
    for w in range(1, 4):
        print("[" + fmt_for(w * 3, "d") % (w * 7) + "]")
        print("[" + fmt_for(-w * 3, "s") % "ab" + "]")
        print("[" + fmt_for(w, ".2f") % (w / 3.0) + "]")
    codes = ["d", "x", "X", "o", "e", "g", "s", "r", "c"]
    for c in codes:
        print(c + ": " + ("%" + c) % 65)
    print("%*d|%-*d|" % (5, 42, 4, 7))
    print("%.*f|%*.*f|" % (3, 3.14159, 9, 2, 2.71828))
    print("%*s|" % (-6, "ab"))
    f = "%s and %r, %5.1f%%"
    print(f % ("x", "y", 99.44))
    print(f % (True, 'q', 1))
    g = "%s|%s"
    print(g % (Named("n"), None))
    print(try_format("%d %d", 1))
    print(try_two("%d", 1, 2))
    print(try_format("%q", 1))
    print(try_format("%d", 1.9))
    print(try_format("%x", 2.5))
    print(try_star("%*d", "a", 3))
    flags = "%05d|%+d|% d|%#x|%#o"
    print(flags % (42, 42, 42, 255, 8))
    pieces = []
    for i in range(4):
        pieces.append("%" + "0" * (i % 2) + str(i + 2) + "d")
    print(("|".join(pieces)) % (1, 2, 3, 4))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point([])
