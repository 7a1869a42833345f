from __future__ import print_function
import os, sys

try:
    from rpython.rlib.jit import JitDriver, purefunction
    HAVE_RPYTHON = True
except ImportError:
    HAVE_RPYTHON = False

    class JitDriver(object):
        def __init__(self, **kw):
            pass

        def jit_merge_point(self, **kw):
            pass

        def can_enter_jit(self, **kw):
            pass

    def purefunction(f):
        return f

jitdriver = JitDriver(greens=["i"], reds=["acc"])


@purefunction
def weight(i):
    return i % 3


def mainloop(n):
    i = 0
    acc = 0
    while i < n:
        jitdriver.jit_merge_point(i=i, acc=acc)
        acc += weight(i)
        i += 1
    return acc


def entry_point(argv):
    print("first branch taken:", HAVE_RPYTHON)
    print(mainloop(100))
    return 0


def jitpolicy(driver):
    from rpython.jit.codewriter.policy import JitPolicy
    return JitPolicy()


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
