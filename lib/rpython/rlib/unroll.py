"""rpy's version of rpython.rlib.unroll: unrolling_iterable, a constant
sequence whose `for` loops the translator unrolls.  Under the interpreter it is
just an iterable over a fixed list."""


class SpecTag(object):
    def __repr__(self):
        return 'SpecTag(0x%x)' % (id(self),)

    def _freeze_(self):
        return True


class unrolling_iterable(object):
    def __init__(self, iterable):
        self._items = list(iterable)

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def get_unroller(self):
        return iter(self._items)

    def _freeze_(self):
        return True
