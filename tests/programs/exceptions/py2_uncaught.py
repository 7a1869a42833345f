# python2
# check-stderr
import os, sys


def parse_all(items):
    out = []
    for s in items:
        out.append(int(s))
    return out


def entry_point(argv):
    print parse_all(["1", "2"])
    print parse_all(["3", "four"])
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
