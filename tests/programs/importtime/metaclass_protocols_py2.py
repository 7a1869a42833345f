# python2
# A class's protocols come from its metaclass (Python's rule: the operation is looked up on the
# class's type): iterating a class, len(), `in`, reversed(), str() and repr() of a class whose
# __metaclass__ defines them, at import time; a class without them is not iterable.
class Registry(type):
    def __init__(cls, name, bases, ns):
        type.__init__(cls, name, bases, ns)
        cls.items = [k for k in sorted(ns) if not k.startswith('_')]

    def __iter__(cls):
        return iter(cls.items)

    def __len__(cls):
        return len(cls.items)

    def __contains__(cls, name):
        return name in cls.items

    def __reversed__(cls):
        return iter(cls.items[::-1])

    def __str__(cls):
        return 'registry %s' % cls.__name__

    def __repr__(cls):
        return '<registry %s>' % cls.__name__


class Ops(object):
    __metaclass__ = Registry
    add = 1
    sub = 2
    mul = 3


class Plain(object):
    pass


try:
    iter(Plain)
    NOT_ITERABLE = 'iterable'
except TypeError as e:
    NOT_ITERABLE = str(e)
try:
    len(Plain)
    NO_LEN = 'has len'
except TypeError as e:
    NO_LEN = str(e)
LINES = [' '.join([str(x) for x in [list(Ops), len(Ops), 'sub' in Ops, 'div' in Ops, list(reversed(Ops))]]),
         '%s %r %s' % (Ops, Ops, [n.upper() for n in Ops]), NOT_ITERABLE, NO_LEN]


def entry_point(argv):
    for line in LINES:
        print line
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
