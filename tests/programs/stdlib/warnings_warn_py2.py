# python2
# same-stderr
# warnings.warn in a translated RPython program: python2.7 prints "FILE:LINE: Category: message"
# and the source line on stderr, once per (message, category, place); Python 2.7's default filters
# ignore DeprecationWarning (in __main__ too), PendingDeprecationWarning, ImportWarning and
# BytesWarning, and their subclasses; stacklevel=2 blames the caller's line. Before, rpy refused
# the program ("builtin 'warnings.warn' is not supported in translated code").
import sys
import warnings


class MyWarning(UserWarning):
    pass


class MyDeprecation(DeprecationWarning):
    pass


def helper(n):
    warnings.warn("helper %d" % n, MyWarning, stacklevel=2)
    return n


def entry_point(argv):
    for i in range(3):
        warnings.warn("loop")
        warnings.warn("dep", DeprecationWarning)
        warnings.warn("mydep", MyDeprecation)
        warnings.warn("import", ImportWarning)
        warnings.warn(message="kw %d" % (i % 2), category=RuntimeWarning)
        helper(i % 2)
        warnings.warn("always the same place", SyntaxWarning, 1)
        print "i", i
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
