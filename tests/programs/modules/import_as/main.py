from __future__ import print_function
import os, sys
import os.path
import mathutil as mu
from mathutil import hyp as hypotenuse
import math as m


def entry_point(argv):
    print(mu.hyp(3.0, 4.0), hypotenuse(5.0, 12.0), mu.PI2 == 2 * m.pi)
    print(os.path.join("x", "y"))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
