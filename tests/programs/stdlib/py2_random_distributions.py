# python2
# random's distributions in an RPython program: Python 2.7's algorithms and numbers.
import os, sys
import random


def entry_point(argv):
    random.seed(2024)
    print random.triangular(), random.triangular(1, 10), random.triangular(0.0, 1.0, 0.9)
    print random.normalvariate(0.0, 1.0), random.normalvariate(10, 2), random.lognormvariate(0, 0.5)
    print random.gammavariate(0.5, 1.0), random.gammavariate(1.0, 2.0), random.gammavariate(3.5, 0.5)
    print random.betavariate(2, 3), random.paretovariate(3), random.weibullvariate(1.0, 1.5)
    r = random.Random(7)
    print r.triangular(0, 10, 2), r.betavariate(0.5, 0.5), r.normalvariate(0.0, 1.0)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
