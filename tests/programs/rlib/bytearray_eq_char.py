# python2
# A bytearray equals a str (and a one-character str) of the same bytes in Python 2; anything else
# is unequal, and both operands are still evaluated.
calls = []


def left(x):
    calls.append("left")
    return x


def right(x):
    calls.append("right")
    return x


def entry_point(argv):
    b = bytearray("a" * len(argv))
    c = "a" if len(argv) == 1 else "b"
    print b == c, c == b, b != c, b == "a", b == "ab", b == bytearray("a")
    print left(b) == right(3), calls
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
