from __future__ import print_function
import os, sys
import pkg
import pkg.sub
from pkg.sub import double
from pkg.deep.leaf import Leaf, make
from pkg.deep import leaf


def entry_point(argv):
    print(pkg.VERSION, pkg.sub.NAME)
    print(double(21), pkg.sub.double(5))
    print([l.v for l in make(4)], Leaf(10).v, leaf.Leaf(1).v)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
