from __future__ import print_function
import os, sys
from rel import compute
import rel


def entry_point(argv):
    print(compute(1), compute(5))
    print(rel.b.SCALE, rel.b.base_value())
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
