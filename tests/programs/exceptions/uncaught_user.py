# python2
# check-stderr
from __future__ import print_function
import os, sys


class ConfigError(Exception):
    pass


def load(name):
    if name != "good":
        raise ConfigError("bad config: " + name)
    return 1


def entry_point(argv):
    print("loading good:", load("good"))
    print("loading bad...")
    load("bad")
    print("not reached")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
