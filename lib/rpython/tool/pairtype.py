"""rpython.tool.pairtype: classes extended after their definition, and double dispatch on pairs.

`class __extend__(C):` (C's metaclass being extendabletype) adds the body's attributes to C
instead of making a class; `pairtype(A, B)` is one class per pair of classes, whose bases are
the pairtypes of the bases of A and of B, so that a method defined on pairtype(Base, B) is found
from pairtype(Derived, B); `pair(a, b)` is the pair of two objects, an instance of
pairtype(type(a), type(b)). All of it runs at import time.
"""


class extendabletype(type):
    """A metaclass whose `class __extend__(C, ...)` statements extend C in place."""

    def __new__(meta, name, bases, namespace):
        if name != '__extend__':
            return type.__new__(meta, name, bases, namespace)
        for cls in bases:
            for key, value in namespace.items():
                if key != '__module__':
                    setattr(cls, key, value)
        return None


_pairtypes = {}


def pairtype(cls1, cls2):
    """The class of pairs whose items are instances of cls1 and cls2."""
    key = (cls1, cls2)
    if key in _pairtypes:
        return _pairtypes[key]
    bases = [pairtype(b, cls2) for b in cls1.__bases__]
    bases += [pairtype(cls1, b) for b in cls2.__bases__]
    if not bases:
        bases = [tuple]
    name = 'pairtype(%s, %s)' % (cls1.__name__, cls2.__name__)
    result = extendabletype(name, tuple(bases), {})
    _pairtypes[key] = result
    return result


def pair(a, b):
    """The pair (a, b) as an instance of pairtype(a.__class__, b.__class__)."""
    return pairtype(a.__class__, b.__class__)((a, b))
