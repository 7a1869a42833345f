# python2
# Python 2.7: SystemExit's code (e.code) of sys.exit() and SystemExit() with an int or None, and
# the exit status an uncaught SystemExit(n) gives.
import sys


def stop(n):
    if n == 0:
        sys.exit()
    if n == 1:
        raise SystemExit(5)
    if n == 2:
        sys.exit(None)
    sys.exit(n)


def entry_point(argv):
    for i in range(4):
        try:
            stop(i)
        except SystemExit as e:
            print i, e.code, e.code is None
    try:
        stop(9)
    except SystemExit, e:
        print "caught", e
    sys.stdout.flush()
    raise SystemExit(len(argv) + 40)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    entry_point(sys.argv)
