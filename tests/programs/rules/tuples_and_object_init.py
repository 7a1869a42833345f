# RPython's rules for tuples and object.__init__: a tuple's length is part of its type, so
# `if not args:` on a *args tuple is decided per arity and t[1:] with constant bounds is a tuple
# of the remaining items (recursion over *args: one copy per arity); f(*t[1:]) and f(*(a, b))
# pass the items; Base.__init__(self) where no class up to object defines __init__ does nothing.
from __future__ import print_function


class Callable(object):
    def call(self):
        raise NotImplementedError


class Func(Callable):
    def __init__(self, x):
        Callable.__init__(self)
        self.x = x

    def call(self):
        return self.x * 2


def find(target, *args):
    if not args:
        return -1
    if args[0] == target:
        return len(args)
    return find(target, *args[1:])


def total(*args):
    if args:
        return args[0] + total(*args[1:])
    return 0


def pick(t):
    return t[1:], t[:-1], t[::2], t[-2:], t[5:], t[::-1]


def pair(a, b):
    return a * 10 + b


def entry_point(argv):
    f = Func(3)
    print(f.x, f.call())
    print(find(3, 1, 2, 3, 4), find(9, 1, 2), find(1))
    print(total(1, 2, 3, 4, 5), total())
    print(pick((1, "two", 3.5, 4)))
    t = (7, 8)
    print(pair(*t), pair(*(1, 2)), pair(*t[0:2]))
    empty = ()
    print(not empty, not t, bool(t))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
