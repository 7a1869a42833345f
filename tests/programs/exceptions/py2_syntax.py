# python2
import os, sys


class AppError(Exception):
    def __init__(self, msg):
        self.msg = msg


def fail(n):
    if n == 1:
        raise ValueError, "comma form"
    if n == 2:
        raise AppError("instance form")
    if n == 3:
        raise KeyError
    return n


def entry_point(argv):
    for n in range(4):
        try:
            v = fail(n)
            print "ok", v
        except ValueError, e:
            print "ValueError:", str(e)
        except AppError, e:
            print "AppError:", e.msg
        except (KeyError, IndexError), e:
            print "KeyError or IndexError:", isinstance(e, KeyError)
    try:
        try:
            fail(1)
        except ValueError:
            print "re-raising"
            raise
    except ValueError, e2:
        print "outer got", str(e2)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
