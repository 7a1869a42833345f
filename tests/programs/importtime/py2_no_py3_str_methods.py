# python2
# Import time (Python 2 dialect): Python 2's str has no isprintable/isascii/isidentifier/casefold
# (python2.7: AttributeError, so hasattr() is False); rpy's evaluator had them in both dialects.
import os

HAS = [hasattr("abc", m) for m in ("isprintable", "isascii", "isidentifier", "casefold")]


def entry_point(argv):
    os.write(1, "%s\n" % (HAS,))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
