# python2
# check-stderr
# atexit in an RPython program: handlers registered at import time and by the entry point run at
# exit, last first. Python 2.7 reports a handler's exception ("Error in atexit._run_exitfuncs"),
# runs the others, then raises the last one again: a handler's sys.exit() gives the exit status.
import atexit
import sys


def report(name, n):
    print "report", name, n


def stop(code):
    print "stop", code
    sys.exit(code)


def broken():
    print "broken"
    raise IndexError("broken handler")


atexit.register(report, "import", 1)


def entry_point(argv):
    atexit.register(stop, 7)
    atexit.register(broken)
    for i in range(2):
        atexit.register(report, "loop", i)
    print "entry done"
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
