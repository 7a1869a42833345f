# python2
# An RPython program with `from __future__ import division`: `/` is true division there.
from __future__ import division


def entry_point(argv):
    n = len(argv) + 6
    print n / 2, n // 2, -n / 4
    print repr(2 ** 62 / 3)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
