# check-stderr
# A handler that raises: Python 3 reports "Exception ignored in atexit callback" with the
# traceback, runs the other handlers, and the exit status stays the program's (also for a
# handler's sys.exit()).
import atexit
import sys


def fails(n):
    print("fails", n)
    raise ValueError("handler %d failed" % n)


def exits():
    print("exits")
    sys.exit(4)


def fine():
    print("fine")


atexit.register(fine)
atexit.register(fails, 1)


def main():
    atexit.register(exits)
    atexit.register(fails, 2)
    print("main")


main()
