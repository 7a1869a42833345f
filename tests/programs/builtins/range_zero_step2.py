# python2
# A zero step: range() and xrange() raise ValueError with python2.7's own messages, both as a
# list (range_list) and in a for loop's header (the loop codegen prints); also in a JitDriver
# portal whose merge point is inside the xrange loop (the JIT's hidden step check calls the same
# builtin). rpy said "range() step argument must not be zero" for xrange too.
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=[], reds='auto')


def portal(n, step):
    total = 0
    for i in xrange(0, n, step):
        driver.jit_merge_point()
        total += i
    return total


def entry_point(argv):
    step = len(argv) - 1  # 0: run without arguments
    for f in range(4):
        try:
            if f == 0:
                print(len(range(0, 5, step)))
            elif f == 1:
                print(len(xrange(0, 5, step)))
            elif f == 2:
                for i in range(0, 5, step):
                    print(i)
            else:
                for i in xrange(5, 0, step):
                    print(i)
        except ValueError as e:
            print(f, e)
    try:
        print(portal(10, step))
    except ValueError as e:
        print("portal", e)
    print(portal(10, step + 3))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv[:1]))
