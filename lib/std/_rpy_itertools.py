"""rpy's functools.reduce and itertools, written for translated code.

The evaluator runs the real functools and itertools while the program is imported; translated
code calls these functions in their place (annotate/replacement_rules.cpp maps each builtin to
its function here). Each is a generator or a function specialised per argument type (one copy
per iterable type and per function argument), as RPython's specialize.argtype does, so every
copy has one item type. Functions whose result is a tuple of several items exist once per
tuple length, named after it (`product_2`, `combinations_r3`): RPython's tuples have a length
fixed in the code, so rpy picks the copy from the number of iterables, or from a constant r.
The module is not on the oracle's path: python3 and python2.7 run their own itertools.
"""


def _spec(tag):
    def deco(func):
        func._annspecialcase_ = tag
        return func
    return deco


import sys

if sys.version_info[0] >= 3:
    _EMPTY_REDUCE = "reduce() of empty iterable with no initial value"
else:
    _EMPTY_REDUCE = "reduce() of empty sequence with no initial value"


@_spec("specialize:argtype(0, 1)")
def reduce_2(function, iterable):
    it = iter(iterable)
    for value in it:
        for element in it:
            value = function(value, element)
        return value
    raise TypeError(_EMPTY_REDUCE)


@_spec("specialize:argtype(0, 1, 2)")
def reduce_3(function, iterable, initial):
    value = initial
    for element in iterable:
        value = function(value, element)
    return value


@_spec("specialize:argtype(0, 1)")
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


@_spec("specialize:argtype(0)")
def repeat_1(object):
    while True:
        yield object


@_spec("specialize:argtype(0, 1)")
def repeat_2(object, times):
    i = 0
    while i < times:
        yield object
        i += 1


@_spec("specialize:argtype(0)")
def chain_1(a):
    for x in a:
        yield x


@_spec("specialize:argtype(0, 1)")
def chain_2(a, b):
    for x in a:
        yield x
    for x in b:
        yield x


@_spec("specialize:argtype(0, 1, 2)")
def chain_3(a, b, c):
    for x in a:
        yield x
    for x in b:
        yield x
    for x in c:
        yield x


@_spec("specialize:argtype(0)")
def chain_from_iterable(iterables):
    for it in iterables:
        for x in it:
            yield x


@_spec("specialize:argtype(0, 1, 2, 3)")
def _islice(iterable, start, stop, step):
    i = 0
    nxt = start
    if i == nxt and i >= stop:
        return
    for x in iterable:
        if i == nxt:
            yield x
            nxt += step
            if nxt > stop:
                nxt = stop
        i += 1
        if i == nxt and i >= stop:
            return


@_spec("specialize:argtype(0, 1)")
def islice_2(iterable, stop):
    if stop < 0:
        raise ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    return _islice(iterable, 0, stop, 1)


@_spec("specialize:argtype(0, 1, 2)")
def islice_3(iterable, start, stop):
    if start < 0 or stop < 0:
        raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    return _islice(iterable, start, stop, 1)


@_spec("specialize:argtype(0, 1, 2, 3)")
def islice_4(iterable, start, stop, step):
    if start < 0 or stop < 0:
        raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if step <= 0:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iterable, start, stop, step)


# The first item starts the running total (no None: it would not merge with a number).
@_spec("specialize:argtype(0)")
def accumulate_1(iterable):
    it = iter(iterable)
    for total in it:
        yield total
        for x in it:
            total = total + x
            yield total


@_spec("specialize:argtype(0, 1)")
def accumulate_2(iterable, func):
    it = iter(iterable)
    for total in it:
        yield total
        for x in it:
            total = func(total, x)
            yield total


@_spec("specialize:argtype(0, 1)")
def product_2(a, b):
    lb = list(b)
    for x in a:
        for y in lb:
            yield (x, y)


@_spec("specialize:argtype(0, 1, 2)")
def product_3(a, b, c):
    lb = list(b)
    lc = list(c)
    for x in a:
        for y in lb:
            for z in lc:
                yield (x, y, z)


@_spec("specialize:argtype(0)")
def permutations_r2(iterable):
    pool = list(iterable)
    n = len(pool)
    for i in range(n):
        for j in range(n):
            if j != i:
                yield (pool[i], pool[j])


@_spec("specialize:argtype(0)")
def permutations_r3(iterable):
    pool = list(iterable)
    n = len(pool)
    for i in range(n):
        for j in range(n):
            if j != i:
                for k in range(n):
                    if k != i and k != j:
                        yield (pool[i], pool[j], pool[k])


@_spec("specialize:argtype(0)")
def combinations_r2(iterable):
    pool = list(iterable)
    n = len(pool)
    for i in range(n):
        for j in range(i + 1, n):
            yield (pool[i], pool[j])


@_spec("specialize:argtype(0)")
def combinations_r3(iterable):
    pool = list(iterable)
    n = len(pool)
    for i in range(n):
        for j in range(i + 1, n):
            for k in range(j + 1, n):
                yield (pool[i], pool[j], pool[k])


@_spec("specialize:argtype(0, 1, 2)")
def zip_longest_2(a, b, fillvalue=None):
    la = list(a)
    lb = list(b)
    n = len(la)
    if len(lb) > n:
        n = len(lb)
    for i in range(n):
        x = la[i] if i < len(la) else fillvalue
        y = lb[i] if i < len(lb) else fillvalue
        yield (x, y)


@_spec("specialize:argtype(0, 1, 2, 3)")
def zip_longest_3(a, b, c, fillvalue=None):
    la = list(a)
    lb = list(b)
    lc = list(c)
    n = max(len(la), len(lb), len(lc))
    for i in range(n):
        x = la[i] if i < len(la) else fillvalue
        y = lb[i] if i < len(lb) else fillvalue
        z = lc[i] if i < len(lc) else fillvalue
        yield (x, y, z)


# Each group is an iterator over a list of its items (CPython's groups share the one iterator;
# a group read after the next one started is empty there and full here: the usual way of
# reading each group before the next, as list(g) does, prints the same).
@_spec("specialize:argtype(0)")
def groupby_1(iterable):
    it = iter(iterable)
    for first in it:
        key = first
        group = [first]
        for x in it:
            if x == key:
                group.append(x)
            else:
                yield (key, iter(group))
                key = x
                group = [x]
        yield (key, iter(group))


@_spec("specialize:argtype(0, 1)")
def groupby_2(iterable, key):
    it = iter(iterable)
    for first in it:
        k = key(first)
        group = [first]
        for x in it:
            kx = key(x)
            if kx == k:
                group.append(x)
            else:
                yield (k, iter(group))
                k = kx
                group = [x]
        yield (k, iter(group))
