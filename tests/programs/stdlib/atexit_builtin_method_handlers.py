# Exit handlers that are not functions of the program: builtins (print with arguments,
# sys.stdout.write, sys.stdout.flush) and bound methods (of a prebuilt instance registered while
# the module is imported, of an instance made at run time), last registered first.
import atexit
import sys


class Log(object):
    def __init__(self, name):
        self.name = name
        self.lines = []

    def close(self):
        print("closed", self.name, len(self.lines))

    def report(self, prefix, n):
        print(prefix, self.name, n)


LOG = Log("import")
LOG.lines.append("a")
atexit.register(print, "bye from print")
atexit.register(sys.stdout.flush)
atexit.register(LOG.close)
atexit.register(LOG.report, "report:", 7)


def main():
    log = Log("main")
    log.lines.append("x")
    log.lines.append("y")
    atexit.register(log.close)
    atexit.register(log.report, "late", len(sys.argv))
    atexit.register(print, "printed", 3, 4.5)
    atexit.register(sys.stdout.write, "written\n")
    atexit.register(sys.stdout.flush)
    log.lines.append("z")
    print("main")


main()
