# python2
# Exit handlers of an RPython program that are not functions of the program: os.write and
# sys.stdout.flush (builtins), bound methods registered at import time and by the entry point.
import atexit
import os
import sys


class Log(object):
    def __init__(self, name):
        self.name = name
        self.lines = []

    def close(self):
        print "closed", self.name, len(self.lines)

    def report(self, prefix, n):
        print prefix, self.name, n


LOG = Log("import")
LOG.lines.append("a")
atexit.register(os.write, 1, "bye from os.write\n")
atexit.register(sys.stdout.flush)
atexit.register(LOG.close)
atexit.register(LOG.report, "report:", 7)


def entry_point(argv):
    log = Log("main")
    log.lines.append("x")
    atexit.register(log.close)
    atexit.register(log.report, "late", len(argv))
    atexit.register(os.write, 1, "written\n")
    atexit.register(sys.stdout.flush)
    LOG.lines.append("b")
    print "main"
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    entry_point(sys.argv)
