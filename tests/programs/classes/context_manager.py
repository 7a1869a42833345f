from __future__ import print_function
import os, sys

LOG = []


class Tracker(object):
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        LOG.append("enter " + self.name)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        LOG.append("exit " + self.name)
        return False


def work(fail):
    with Tracker("outer") as t:
        LOG.append("in " + t.name)
        with Tracker("inner"):
            LOG.append("in inner")
            if fail:
                raise ValueError("fail")
        LOG.append("after inner")
    return 1


def entry_point(argv):
    work(False)
    print(LOG)
    del LOG[:]
    try:
        work(True)
    except ValueError:
        LOG.append("caught")
    print(LOG)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
