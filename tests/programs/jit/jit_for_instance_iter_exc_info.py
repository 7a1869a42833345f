# python2
# A merge point in a for loop over an instance with __iter__/next, in a Python 2 program that has
# a bare raise outside an except clause (it re-raises sys.exc_info()). For the JIT the loop is a
# while loop whose try statement catches next()'s StopIteration; that except clause leaves
# sys.exc_info() alone (ir::Handler::keeps_exc_info), as Python 2's for loop does. Until session 19
# `rpy translate --opt=jit` refused such a program.
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=[], reds="auto")
plain_driver = JitDriver(greens=[], reds="auto")


class Countdown(object):
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def next(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Oops(Exception):
    def __init__(self, what):
        self.what = what


def again():
    raise


def reraise_what():
    # what a bare raise re-raises now, in this frame's caller's state
    try:
        again()
    except Oops as e:
        return "Oops " + e.what
    except StopIteration:
        return "StopIteration"
    except ValueError:
        return "ValueError"
    return "nothing"


def run(n, mark):
    try:
        raise Oops("before " + mark)
    except Oops:
        pass
    acc = 0
    for c in Countdown(n):
        driver.jit_merge_point()
        acc += c
        if c == 7:
            try:
                raise ValueError("seven")
            except ValueError:
                acc += 1
    try:
        again()
    except Oops as e:
        print "after the loop, a bare raise re-raises", e.what
    except ValueError:
        print "after the loop, a bare raise re-raises ValueError"
    except StopIteration:
        print "after the loop, a bare raise re-raises StopIteration"
    return acc


def run_plain(n):
    try:
        raise Oops("plain")
    except Oops:
        pass
    acc = 0
    for c in Countdown(n):
        plain_driver.jit_merge_point()
        acc += c
    return acc, reraise_what()


def entry_point(argv):
    print run(3000, "a")
    print run(5, "b")
    print run(0, "c")
    print run_plain(2500)
    print run_plain(0)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys

    entry_point(sys.argv)
