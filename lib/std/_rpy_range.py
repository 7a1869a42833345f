"""Python 3's range objects, for translated scripts.

In a Python 3 script, range() makes a range object: it prints as range(0, 3), compares equal to
ranges with the same items and unequal to any list, slices to a range, and cannot be changed.
rpy keeps a call whose value is iterated at once where it is made (a for loop's iterable, a
comprehension's source, list(range(n)), sum(range(n)), unpacking...) as a counted loop or a
list, which nothing can tell from a range object; every other call of range() in a Python 3
script becomes range_1/range_2/range_3 here (annotate/range_rules.cpp), an instance of the class
`range` below, typed like any other instance: it does not merge with a list (a variable that
may hold a range or a list is refused, naming both). A `for` loop over a local that holds a
range is a counted loop over its start, stop and step (range_rules.cpp).

Python 2 programs keep range() a list. The module is not on the oracle's path.
"""

from _rpy_spec import spec as _spec


def _length(start, stop, step):
    if step > 0:
        if start < stop:
            return (stop - start - 1) // step + 1
        return 0
    if start > stop:
        return (start - stop - 1) // (-step) + 1
    return 0


class range(object):
    __slots__ = ("_start", "_stop", "_step")  # r.foo = 1 raises in Python: refused (slots_rules.cpp)

    def __init__(self, start, stop, step):
        if step == 0:
            raise ValueError("range() arg 3 must not be zero")
        self._start = start
        self._stop = stop
        self._step = step

    # read-only, as Python's (r.start = 5 is refused: a property without a setter)
    @property
    def start(self):
        return self._start

    @property
    def stop(self):
        return self._stop

    @property
    def step(self):
        return self._step

    def __len__(self):
        return _length(self._start, self._stop, self._step)

    def __bool__(self):
        return _length(self._start, self._stop, self._step) != 0

    def __getitem__(self, i):
        n = _length(self._start, self._stop, self._step)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("range object index out of range")
        return self._start + i * self._step

    def _has(self, x):
        if self._step > 0:
            if x < self._start or x >= self._stop:
                return False
        elif x > self._start or x <= self._stop:
            return False
        return (x - self._start) % self._step == 0

    @_spec("specialize:argtype(1)")
    def __contains__(self, x):
        if isinstance(x, int):  # ints and bools: arithmetic, as CPython's range_contains
            return self._has(x)
        for v in self:  # any other value: compared with each item
            if v == x:
                return True
        return False

    @_spec("specialize:argtype(1)")
    def index(self, x):
        if isinstance(x, int):
            if self._has(x):
                return (x - self._start) // self._step
            raise ValueError("%d is not in range" % x)
        i = 0
        for v in self:
            if v == x:
                return i
            i += 1
        raise ValueError("sequence.index(x): x not in sequence")

    @_spec("specialize:argtype(1)")
    def count(self, x):
        if isinstance(x, int):
            if self._has(x):
                return 1
            return 0
        n = 0
        for v in self:
            if v == x:
                n += 1
        return n

    def __iter__(self):
        i = self._start
        if self._step > 0:
            while i < self._stop:
                yield i
                i += self._step
        else:
            while i > self._stop:
                yield i
                i += self._step

    def __reversed__(self):
        n = _length(self._start, self._stop, self._step)
        i = self._start + (n - 1) * self._step
        while n > 0:
            yield i
            i -= self._step
            n -= 1

    # CPython's range_equals: the same items (every empty range is equal to every other one);
    # anything that is not a range is unequal.
    @_spec("specialize:argtype(1)")
    def __eq__(self, other):
        if not isinstance(other, range):
            return False
        n = _length(self._start, self._stop, self._step)
        if n != _length(other._start, other._stop, other._step):
            return False
        if n == 0:
            return True
        if self._start != other._start:
            return False
        if n == 1:
            return True
        return self._step == other._step

    @_spec("specialize:argtype(1)")
    def __ne__(self, other):
        return not self.__eq__(other)

    # CPython hashes (len, start, step), with None for the parts an empty range or a range of one
    # item leaves out; hash(None) varies between CPython's runs, so those two cases cannot agree
    # with it, and use 0 in None's place.
    def __hash__(self):
        n = _length(self._start, self._stop, self._step)
        if n == 0:
            return hash((0, 0, 0))
        if n == 1:
            return hash((1, self._start, 0))
        return hash((n, self._start, self._step))

    def __repr__(self):
        if self._step == 1:
            return "range(%d, %d)" % (self._start, self._stop)
        return "range(%d, %d, %d)" % (self._start, self._stop, self._step)


def range_1(stop):
    return range(0, stop, 1)


def range_2(start, stop):
    return range(start, stop, 1)


def range_3(start, stop, step):
    return range(start, stop, step)


# One bound of a slice, as slice.indices() clamps it (None: the default).
@_spec("specialize:argtype(0)")
def _bound(x, default, lower, upper, n):
    if x is None:
        return default
    i = x
    if i < 0:
        i += n
        if i < lower:
            i = lower
    elif i > upper:
        i = upper
    return i


# r[lo:hi:step]: a range again (CPython's compute_slice).
@_spec("specialize:argtype(1, 2, 3)")
def range_slice(r, lo, hi, step):
    s = 1
    if step is not None:
        s = step
        if s == 0:
            raise ValueError("slice step cannot be zero")
    n = _length(r._start, r._stop, r._step)
    if s < 0:
        lower = -1
        upper = n - 1
    else:
        lower = 0
        upper = n
    start = _bound(lo, upper if s < 0 else lower, lower, upper, n)
    stop = _bound(hi, lower if s < 0 else upper, lower, upper, n)
    return range(r._start + start * r._step, r._start + stop * r._step, s * r._step)
