from __future__ import print_function
import os, sys
from rpython.rlib.objectmodel import (compute_hash, compute_identity_hash, always_inline,
                                      enforceargs, newlist_hint, import_from_mixin, we_are_translated,
                                      not_rpython)


@always_inline
def fast_add(a, b):
    return a + b


@enforceargs(int, str)
def repeat(n, s):
    return s * n


class CounterMixin(object):
    def incr(self):
        self.count += 1
        return self.count

    def reset(self):
        self.count = 0


class Widget(object):
    import_from_mixin(CounterMixin)

    def __init__(self):
        self.count = 0


class Gadget(object):
    import_from_mixin(CounterMixin)

    def __init__(self):
        self.count = 100


@not_rpython
def only_at_import():
    return 3


ATIMPORT = only_at_import()


class Obj(object):
    pass


def entry_point(argv):
    print(fast_add(2, 3), repeat(3, "ab"))
    l = newlist_hint(10)
    for i in range(5):
        l.append(i)
    print(l, len(l))
    print(compute_hash("abc") == compute_hash("ab" + "c"), compute_hash(42) == compute_hash(42))
    o = Obj()
    print(compute_identity_hash(o) == compute_identity_hash(o))
    w = Widget()
    w.incr()
    g = Gadget()
    print(w.incr(), g.incr())
    w.reset()
    print(w.count, ATIMPORT)
    if not we_are_translated():
        pass
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
