# python2
# Instantiating a class that still has abstract methods (__metaclass__ = ABCMeta): TypeError with
# python2.7's message ("abstract methods", names sorted), at import time and in translated code.
# Before: the instance was made silently in both (a wrong answer).
import sys
from abc import ABCMeta, abstractmethod


class E(object):
    __metaclass__ = ABCMeta

    @abstractmethod
    def f(self):
        pass

    @abstractmethod
    def g(self):
        pass


class F(E):
    def f(self):
        return 1


class G(F):
    def g(self):
        return 2


IMPORT_ERRORS = []
try:
    E()
except TypeError as e:
    IMPORT_ERRORS.append(str(e))


def entry_point(argv):
    print IMPORT_ERRORS
    for cls in [E, F, G]:
        try:
            print cls.__name__, cls().g()
        except TypeError as e:
            print "TE", e
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
