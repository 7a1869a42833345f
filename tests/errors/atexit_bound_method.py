# A bound method registered as an exit handler by translated code: rpy runs functions of the
# program at exit, not bound methods (yet); refused with what to do instead.
import atexit


class Log(object):
    def __init__(self):
        self.lines = []

    def flush(self):
        print("flushed", len(self.lines))


def main():
    log = Log()
    log.lines.append("x")
    atexit.register(log.flush)
    print("main")


main()
