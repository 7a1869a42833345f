from __future__ import print_function
import os, sys
from util import clamp, words, LIMITS
from util import clamp as limit
from shapes import Rect


def entry_point(argv):
    lo, hi = LIMITS
    print([clamp(x, lo, hi) for x in [-5, 3, 12]])
    print(limit(500, 0, 255), words("a b  c"))
    r = Rect(250, 4)
    print(r.w, r.h, r.area())
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
