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


from _rpy_spec import spec as _spec


# A generator whose body holds no state of its own (each round takes the next item of each
# iterator it was given): when it has ended, the next next() runs the body again from the start
# with the same iterators, as CPython's zip, map and filter objects ask their iterators again at
# each next() (they have no "exhausted" state: an iterator that ran out may give more later).
# rpy's codegen reads the attribute (emit_iter.cpp emit_generator).
def _resumes(func):
    func._rpy_resumes = True
    return func


import sys

if sys.version_info[0] >= 3:
    _EMPTY_REDUCE = "reduce() of empty iterable with no initial value"
else:
    _EMPTY_REDUCE = "reduce() of empty sequence with no initial value"


@_spec("specialize:argtype(0, 1)")
def reduce_2(function, iterable):
    _must_iterate(iterable, "reduce() arg 2 must support iteration")
    it = _iter_items(iterable)
    for value in it:
        for element in it:
            value = function(value, element)
        return value
    raise TypeError(_EMPTY_REDUCE)


@_spec("specialize:argtype(0, 1, 2)")
def reduce_3(function, iterable, initial):
    _must_iterate(iterable, "reduce() arg 2 must support iteration")
    value = initial
    for element in iterable:
        value = function(value, element)
    return value


# sum(items, start) of values that are not numbers (instances with __add__, lists, tuples): start
# + each item in turn, as Python's sum() does (numbers are summed natively). Without a start, the
# sum of no items is the int 0 and of some items an instance: refused by the annotator.
@_spec("specialize:argtype(0, 1)")
def sum_2(iterable, start):
    value = start
    for element in iterable:
        value = value + element
    return value


# What a lazy builtin does when it is called happens at the call, the rest at each next(): as
# CPython's, map(), filter(), islice(), accumulate(), groupby() and zip_longest() take iter() of
# each iterable when called (an iterable that is None raises TypeError there, before anything
# is consumed), and product(), permutations() and combinations() read their iterables whole, in
# order. So each of those is a plain function doing that part, returning a generator (`_..._gen`)
# that does the rest.


@_spec("specialize:argtype(0)")
def _iter_items(x):
    # An iterator over x's items; a tuple of one item type through a list of its items.
    if isinstance(x, tuple):
        return iter(list(x))
    return iter(x)


@_spec("specialize:argtype(0)")
def _must_iterate(x, message):
    # Python 2's map() and reduce() word "not iterable" their own way.
    if x is None:
        raise TypeError(message)


# map() and filter(): Python 3's return iterators (generators here), Python 2's lists (a str or a
# tuple for filter() of a str or a tuple). Several iterables: Python 3 stops at the shortest, as
# zip() does; Python 2 pads the shorter with None (refused: replacement_rules.cpp).


@_resumes
@_spec("specialize:argtype(0, 1)")
def _map_1_gen(function, it):
    for x in it:
        yield function(x)


@_spec("specialize:argtype(0, 1)")
def map_1(function, iterable):
    return _map_1_gen(function, _iter_items(iterable))


@_resumes
@_spec("specialize:argtype(0, 1, 2)")
def _map_2_gen(function, ia, ib):
    for x in ia:
        for y in ib:
            yield function(x, y)
            break
        else:
            return


@_spec("specialize:argtype(0, 1, 2)")
def map_2(function, a, b):
    ia = _iter_items(a)
    return _map_2_gen(function, ia, _iter_items(b))


@_resumes
@_spec("specialize:argtype(0, 1, 2, 3)")
def _map_3_gen(function, ia, ib, ic):
    for x in ia:
        for y in ib:
            for z in ic:
                yield function(x, y, z)
                break
            else:
                return
            break
        else:
            return


@_spec("specialize:argtype(0, 1, 2, 3)")
def map_3(function, a, b, c):
    ia = _iter_items(a)
    ib = _iter_items(b)
    return _map_3_gen(function, ia, ib, _iter_items(c))


@_resumes
@_spec("specialize:argtype(0, 1)")
def _filter_1_gen(function, it):
    for x in it:
        if function(x):
            yield x


@_spec("specialize:argtype(0, 1)")
def filter_1(function, iterable):
    return _filter_1_gen(function, _iter_items(iterable))


@_resumes
@_spec("specialize:argtype(0)")
def _filter_none_1_gen(it):
    for x in it:
        if x:
            yield x


@_spec("specialize:argtype(0)")
def filter_none_1(iterable):
    return _filter_none_1_gen(_iter_items(iterable))


@_spec("specialize:argtype(0)")
def zip_star(iterables):
    # zip(*iterables): a list of tuples of len(iterables) items (rpy's zip() builds a list in both
    # dialects), pulling one item from each iterator in turn as zip does.
    its = [_iter_items(x) for x in iterables]
    result = []
    if not its:
        return result
    while True:
        row = []
        for it in its:
            for v in it:
                row.append(v)
                break
            else:
                return result
        result.append(tuple(row))


# `a, b = zip(*rows)` where each row is a tuple of fixed length N whose items have different types
# (the unzip idiom): zip's result is N columns, each a tuple of its own item type, or no column at
# all when there is no row, which the unpacking refuses. rpy replaces such a zip(*rows), unpacked
# at once into N targets, by `unzip_N(rows)`: the unpacking's error when there is no row, else the
# tuple of the N columns (annotate/replacement_rules.cpp).
_PY3 = sys.version_info[0] >= 3


def _unzip_empty(n):
    if _PY3:
        return ValueError("not enough values to unpack (expected %d, got 0)" % n)
    return ValueError("need more than 0 values to unpack")


@_spec("specialize:argtype(0)")
def unzip_2(rows):
    c0 = []
    c1 = []
    for r in rows:
        c0.append(r[0])
        c1.append(r[1])
    if not c0:
        raise _unzip_empty(2)
    return tuple(c0), tuple(c1)


@_spec("specialize:argtype(0)")
def unzip_3(rows):
    c0 = []
    c1 = []
    c2 = []
    for r in rows:
        c0.append(r[0])
        c1.append(r[1])
        c2.append(r[2])
    if not c0:
        raise _unzip_empty(3)
    return tuple(c0), tuple(c1), tuple(c2)


@_spec("specialize:argtype(0)")
def unzip_4(rows):
    c0 = []
    c1 = []
    c2 = []
    c3 = []
    for r in rows:
        c0.append(r[0])
        c1.append(r[1])
        c2.append(r[2])
        c3.append(r[3])
    if not c0:
        raise _unzip_empty(4)
    return tuple(c0), tuple(c1), tuple(c2), tuple(c3)


@_spec("specialize:argtype(0)")
def unzip_5(rows):
    c0 = []
    c1 = []
    c2 = []
    c3 = []
    c4 = []
    for r in rows:
        c0.append(r[0])
        c1.append(r[1])
        c2.append(r[2])
        c3.append(r[3])
        c4.append(r[4])
    if not c0:
        raise _unzip_empty(5)
    return tuple(c0), tuple(c1), tuple(c2), tuple(c3), tuple(c4)


@_spec("specialize:argtype(0)")
def unzip_6(rows):
    c0 = []
    c1 = []
    c2 = []
    c3 = []
    c4 = []
    c5 = []
    for r in rows:
        c0.append(r[0])
        c1.append(r[1])
        c2.append(r[2])
        c3.append(r[3])
        c4.append(r[4])
        c5.append(r[5])
    if not c0:
        raise _unzip_empty(6)
    return tuple(c0), tuple(c1), tuple(c2), tuple(c3), tuple(c4), tuple(c5)


@_spec("specialize:argtype(0, 1)")
def map2_1(function, iterable):
    _must_iterate(iterable, "argument 2 to map() must support iteration")
    return [function(x) for x in iterable]


@_spec("specialize:argtype(0, 1)")
def filter2_1(function, iterable):
    if isinstance(iterable, str):
        return "".join([x for x in iterable if function(x)])
    items = [x for x in iterable if function(x)]
    if isinstance(iterable, tuple):
        return tuple(items)
    return items


@_spec("specialize:argtype(0)")
def filter2_none_1(iterable):
    if isinstance(iterable, str):
        return "".join([x for x in iterable if x])
    items = [x for x in iterable if x]
    if isinstance(iterable, tuple):
        return tuple(items)
    return items


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
def _islice(it, start, stop, step):
    i = 0
    nxt = start
    if i == nxt and i >= stop:
        return
    for x in it:
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
    return _islice(_iter_items(iterable), 0, stop, 1)


@_spec("specialize:argtype(0, 1, 2)")
def islice_3(iterable, start, stop):
    if start < 0 or stop < 0:
        raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    return _islice(_iter_items(iterable), start, stop, 1)


@_spec("specialize:argtype(0, 1, 2, 3)")
def islice_4(iterable, start, stop, step):
    if start < 0 or stop < 0:
        raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if step <= 0:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(_iter_items(iterable), start, stop, step)


# The first item starts the running total (no None: it would not merge with a number).
@_spec("specialize:argtype(0)")
def accumulate_1(iterable):
    return _accumulate_1_gen(_iter_items(iterable))


@_spec("specialize:argtype(0)")
def _accumulate_1_gen(it):
    for total in it:
        yield total
        for x in it:
            total = total + x
            yield total


@_spec("specialize:argtype(0, 1)")
def accumulate_2(iterable, func):
    return _accumulate_2_gen(_iter_items(iterable), func)


@_spec("specialize:argtype(0, 1)")
def _accumulate_2_gen(it, func):
    for total in it:
        yield total
        for x in it:
            total = func(total, x)
            yield total


@_spec("specialize:argtype(0, 1)")
def product_2(a, b):
    la = list(a)
    return _product_2_gen(la, list(b))


@_spec("specialize:argtype(0, 1)")
def _product_2_gen(la, lb):
    for x in la:
        for y in lb:
            yield (x, y)


@_spec("specialize:argtype(0, 1, 2)")
def product_3(a, b, c):
    la = list(a)
    lb = list(b)
    return _product_3_gen(la, lb, list(c))


@_spec("specialize:argtype(0, 1, 2)")
def _product_3_gen(la, lb, lc):
    for x in la:
        for y in lb:
            for z in lc:
                yield (x, y, z)


@_spec("specialize:argtype(0)")
def permutations_r2(iterable):
    return _permutations_r2_gen(list(iterable))


@_spec("specialize:argtype(0)")
def _permutations_r2_gen(pool):
    n = len(pool)
    for i in range(n):
        for j in range(n):
            if j != i:
                yield (pool[i], pool[j])


@_spec("specialize:argtype(0)")
def permutations_r3(iterable):
    return _permutations_r3_gen(list(iterable))


@_spec("specialize:argtype(0)")
def _permutations_r3_gen(pool):
    n = len(pool)
    for i in range(n):
        for j in range(n):
            if j != i:
                for k in range(n):
                    if k != i and k != j:
                        yield (pool[i], pool[j], pool[k])


# Tuples whose length is known only at run time (permutations() without r or with an r that is
# not a constant, combinations() with such an r, product(..., repeat=n)) are variable-length
# tuples, made by tuple() of a list (annotate/vtuple_rules.cpp). Each comes out in CPython's order:
# index tuples in lexicographic order.
@_spec("specialize:argtype(0)")
def permutations_all(iterable):
    pool = list(iterable)
    return _permutations_of(pool, len(pool))


@_spec("specialize:argtype(0)")
def permutations_var(iterable, r):
    pool = list(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _permutations_of(pool, r)


@_spec("specialize:argtype(0)")
def _permutations_of(pool, r):
    n = len(pool)
    if r > n:
        return
    chosen = [0] * r  # the pool index at each position
    used = [False] * n
    start = [0] * (r + 1)  # the first index position `pos` tries next
    if r == 0:
        yield tuple([pool[i] for i in chosen])
        return
    pos = 0
    while pos >= 0:
        c = start[pos]
        while c < n and used[c]:
            c += 1
        if c == n:  # this position is exhausted: back to the one before
            pos -= 1
            if pos >= 0:
                used[chosen[pos]] = False
                start[pos] = chosen[pos] + 1
            continue
        chosen[pos] = c
        if pos == r - 1:
            yield tuple([pool[i] for i in chosen])
            start[pos] = c + 1
        else:
            used[c] = True
            pos += 1
            start[pos] = 0


@_spec("specialize:argtype(0)")
def combinations_var(iterable, r):
    pool = list(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations_of(pool, r)


@_spec("specialize:argtype(0)")
def _combinations_of(pool, r):
    n = len(pool)
    if r > n:
        return
    chosen = list(range(r))
    while True:
        yield tuple([pool[i] for i in chosen])
        i = r - 1
        while i >= 0 and chosen[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        chosen[i] += 1
        for j in range(i + 1, r):
            chosen[j] = chosen[j - 1] + 1


@_spec("specialize:argtype(0)")
def _product_of(pools):
    k = len(pools)
    for p in pools:
        if len(p) == 0:
            return
    at = [0] * k
    while True:
        yield tuple([pools[j][at[j]] for j in range(k)])
        j = k - 1
        while j >= 0:
            at[j] += 1
            if at[j] < len(pools[j]):
                break
            at[j] = 0
            j -= 1
        if j < 0:
            return


@_spec("specialize:argtype(0)")
def product_1(a):
    return _product_1_gen(list(a))


@_spec("specialize:argtype(0)")
def _product_1_gen(la):
    for x in la:
        yield (x,)


@_spec("specialize:argtype(0)")
def product_repeat_1(a, repeat):
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    return _product_of([list(a)] * repeat)


@_spec("specialize:argtype(0, 1)")
def product_repeat_2(a, b, repeat):
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    la = list(a)
    return _product_of([la, list(b)] * repeat)


@_spec("specialize:argtype(0)")
def combinations_r2(iterable):
    return _combinations_r2_gen(list(iterable))


@_spec("specialize:argtype(0)")
def _combinations_r2_gen(pool):
    n = len(pool)
    for i in range(n):
        for j in range(i + 1, n):
            yield (pool[i], pool[j])


@_spec("specialize:argtype(0)")
def combinations_r3(iterable):
    return _combinations_r3_gen(list(iterable))


@_spec("specialize:argtype(0)")
def _combinations_r3_gen(pool):
    n = len(pool)
    for i in range(n):
        for j in range(i + 1, n):
            for k in range(j + 1, n):
                yield (pool[i], pool[j], pool[k])


# zip_longest() pulls one item from each iterator still running, in order, at each step; an
# iterator that stops is not asked again, and the last one to stop ends it.
@_spec("specialize:argtype(0, 1, 2)")
def zip_longest_2(a, b, fillvalue=None):
    ia = _iter_items(a)
    return _zip_longest_2_gen(ia, _iter_items(b), fillvalue)


@_spec("specialize:argtype(0, 1, 2)")
def _zip_longest_2_gen(ia, ib, fillvalue):
    live_a = True
    live_b = True
    while True:
        x = fillvalue
        if live_a:
            live_a = False
            for x in ia:
                live_a = True
                break
        y = fillvalue
        if live_b:
            live_b = False
            for y in ib:
                live_b = True
                break
        if not live_a and not live_b:
            return
        yield (x, y)


@_spec("specialize:argtype(0, 1, 2, 3)")
def zip_longest_3(a, b, c, fillvalue=None):
    ia = _iter_items(a)
    ib = _iter_items(b)
    return _zip_longest_3_gen(ia, ib, _iter_items(c), fillvalue)


@_spec("specialize:argtype(0, 1, 2, 3)")
def _zip_longest_3_gen(ia, ib, ic, fillvalue):
    live_a = True
    live_b = True
    live_c = True
    while True:
        x = fillvalue
        if live_a:
            live_a = False
            for x in ia:
                live_a = True
                break
        y = fillvalue
        if live_b:
            live_b = False
            for y in ib:
                live_b = True
                break
        z = fillvalue
        if live_c:
            live_c = False
            for z in ic:
                live_c = True
                break
        if not live_a and not live_b and not live_c:
            return
        yield (x, y, z)


# Each group is an iterator over a list of its items (CPython's groups share the one iterator;
# a group read after the next one started is empty there and full here: the usual way of
# reading each group before the next, as list(g) does, prints the same).
@_spec("specialize:argtype(0)")
def groupby_1(iterable):
    return _groupby_1_gen(_iter_items(iterable))


@_spec("specialize:argtype(0)")
def _groupby_1_gen(it):
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
    return _groupby_2_gen(_iter_items(iterable), key)


@_spec("specialize:argtype(0, 1)")
def _groupby_2_gen(it, key):
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


# operator.itemgetter / attrgetter with constant keys: a specialize:memo function runs while
# translating and returns a function closed over the constant keys, so `obj[item]` and
# `getattr(obj, name)` have constant operands (a tuple indexed by a constant, an attribute by
# name), as a lambda written by hand would, specialised per argument type. One function per number of keys (the result of two
# or more is a tuple of that length).


@_spec("specialize:memo")
def itemgetter_1(item):
    @_spec("specialize:argtype(0)")
    def itemgetter(obj):
        return obj[item]
    return itemgetter


@_spec("specialize:memo")
def itemgetter_2(a, b):
    @_spec("specialize:argtype(0)")
    def itemgetter(obj):
        return (obj[a], obj[b])
    return itemgetter


@_spec("specialize:memo")
def itemgetter_3(a, b, c):
    @_spec("specialize:argtype(0)")
    def itemgetter(obj):
        return (obj[a], obj[b], obj[c])
    return itemgetter


@_spec("specialize:memo")
def attrgetter_1(name):
    if "." in name:
        first, rest = name.split(".", 1)
        inner = attrgetter_1(rest)

        @_spec("specialize:argtype(0)")
        def dotted(obj):
            return inner(getattr(obj, first))
        return dotted

    @_spec("specialize:argtype(0)")
    def attrgetter(obj):
        return getattr(obj, name)
    return attrgetter


@_spec("specialize:memo")
def attrgetter_2(a, b):
    ga = attrgetter_1(a)
    gb = attrgetter_1(b)

    @_spec("specialize:argtype(0)")
    def attrgetter(obj):
        return (ga(obj), gb(obj))
    return attrgetter


# zip() and enumerate() with an iterator argument (a generator): the argument is pulled one item
# per step, as Python's are, so a generator with effects interleaves them with the consumer's and
# an infinite one is fine (annotate/replacement_rules.cpp picks these when an argument is an
# iterator; over lists and strings rpy's builtins build the list at once, which nothing observes).
# Python 3's zip() and both dialects' enumerate() are iterators (generators here); Python 2's
# zip() is a list, built by taking one item from each argument in turn and stopping at the first
# that runs out (the arguments after it are not pulled for that row).


# Iterating over a bytearray (annotate_expr.cpp iter_element): its items are ints, read by index
# with the length read again at each step, as Python's bytearray iterator does (a loop that
# appends to it sees the new items, one that shrinks it stops early).
def bytearray_items(b):
    i = 0
    while i < len(b):
        yield b[i]
        i += 1


# The items of an instance whose class has __getitem__ and no __iter__ (annotate_expr.cpp
# iter_element, iter_rules.cpp): Python's sequence protocol, obj[0], obj[1]... until __getitem__
# raises IndexError or StopIteration.
@_spec("specialize:argtype(0)")
def sequence_items(obj):
    i = 0
    while True:
        try:
            x = obj[i]
        except (IndexError, StopIteration):
            return
        yield x
        i += 1


# The items of an iterator instance (a class of the program's with __next__, or next in Python
# 2) where zip(), enumerate(), list()... take them (annotate_expr.cpp iter_element): its next()
# until StopIteration, once the caller called iter() of the value.
@_spec("specialize:argtype(0)")
def instance_items(it):
    while True:
        try:
            x = next(it)
        except StopIteration:
            return
        yield x


# enumerate(): the count lives in a one-item list outside the generator's frame, so that the
# body can resume (@_resumes: run again once ended) and go on counting: CPython's enumerate asks
# its iterator again at each next() (an iterator that ended may yield again), and counts only
# the items it got.
@_resumes
@_spec("specialize:argtype(0)")
def _enumerate_gen(it, count):
    for x in it:
        n = count[0]
        count[0] = n + 1
        yield (n, x)


@_spec("specialize:argtype(0)")
def enumerate_lazy(iterable, start=0):
    return _enumerate_gen(_iter_items(iterable), [start])


def _zip_source(n):
    """The source of _zip_N_gen, zip_N and zip2_N for N arguments: a loop nest taking one item of
    each argument in turn, whose first exhausted argument ends the generator (or the list)."""
    names = ", ".join(["a%d" % k for k in range(n)])
    row = "(" + ", ".join(["x%d" % k for k in range(n)]) + ("," if n == 1 else "") + ")"
    spec = '@_spec("specialize:argtype(%s)")\n' % ", ".join([str(k) for k in range(n)])

    def nest(action, end):
        lines = []
        for k in range(n):
            lines.append("    " * (k + 1) + "for x%d in i%d:" % (k, k))
        lines.append("    " * (n + 1) + action)
        for k in range(n - 1, 0, -1):
            lines.append("    " * (k + 2) + "break")
            lines.append("    " * (k + 1) + "else:")
            lines.append("    " * (k + 2) + end)
        return "\n".join(lines) + "\n"

    iters = "".join(["    i%d = _iter_items(a%d)\n" % (k, k) for k in range(n)])
    gen = "@_resumes\n" + spec + "def _zip_%d_gen(%s):\n" % (n, ", ".join(["i%d" % k for k in range(n)])) + nest("yield " + row, "return")
    lazy = spec + "def zip_%d(%s):\n" % (n, names) + iters + "    return _zip_%d_gen(%s)\n" % (n, ", ".join(["i%d" % k for k in range(n)]))
    eager = (spec + "def zip2_%d(%s):\n" % (n, names) + iters + "    result = []\n" + nest("result.append(%s)" % row, "return result") +
             "    return result\n")
    return gen + "\n\n" + lazy + "\n\n" + eager


# zip_1 ... zip_8, zip2_1 ... zip2_8 (the annotator picks one by the number of arguments).
for _n in range(1, 9):
    exec(_zip_source(_n), globals())



# takewhile(), dropwhile(), filterfalse(), starmap(), compress(): iter() of the iterables at the
# call (TypeError there), the rest at each next(), as CPython's.
@_spec("specialize:argtype(0, 1)")
def _takewhile_gen(predicate, it):
    for x in it:
        if not predicate(x):
            return
        yield x


@_spec("specialize:argtype(0, 1)")
def takewhile(predicate, iterable):
    return _takewhile_gen(predicate, _iter_items(iterable))


@_spec("specialize:argtype(0, 1)")
def _dropwhile_gen(predicate, it):
    dropping = True
    for x in it:
        if dropping:
            if predicate(x):
                continue
            dropping = False
        yield x


@_spec("specialize:argtype(0, 1)")
def dropwhile(predicate, iterable):
    return _dropwhile_gen(predicate, _iter_items(iterable))


@_spec("specialize:argtype(0, 1)")
def _filterfalse_gen(predicate, it):
    for x in it:
        if not predicate(x):
            yield x


@_spec("specialize:argtype(0, 1)")
def filterfalse(predicate, iterable):
    return _filterfalse_gen(predicate, _iter_items(iterable))


@_spec("specialize:argtype(0, 1)")
def _starmap_gen(function, it):
    for args in it:
        yield function(*args)


@_spec("specialize:argtype(0, 1)")
def starmap(function, iterable):
    return _starmap_gen(function, _iter_items(iterable))


@_spec("specialize:argtype(0, 1)")
def _compress_gen(data, selectors):
    for x in data:
        for s in selectors:
            if s:
                yield x
            break
        else:
            return


@_spec("specialize:argtype(0, 1)")
def compress(data, selectors):
    return _compress_gen(_iter_items(data), _iter_items(selectors))


# cycle() takes its argument's iterator at once and saves each item as it first passes, then
# repeats the saved items (an empty iterable: nothing).
@_spec("specialize:argtype(0)")
def _cycle_gen(it):
    saved = []
    for x in it:
        yield x
        saved.append(x)
    while saved:
        for x in saved:
            yield x


@_spec("specialize:argtype(0)")
def cycle(iterable):
    return _cycle_gen(_iter_items(iterable))


# pairwise() (Python 3.10): overlapping pairs of consecutive items.
@_spec("specialize:argtype(0)")
def _pairwise_gen(it):
    for prev in it:
        for x in it:
            yield (prev, x)
            prev = x
        return


@_spec("specialize:argtype(0)")
def pairwise(iterable):
    return _pairwise_gen(_iter_items(iterable))


# combinations_with_replacement(): index tuples i1 <= i2 <= ... in lexicographic order, as
# CPython's; r 2 and 3 give fixed-length tuples, any other r tuples of a run-time length.
@_spec("specialize:argtype(0)")
def combinations_with_replacement_r2(iterable):
    return _cwr_r2_gen(list(iterable))


@_spec("specialize:argtype(0)")
def _cwr_r2_gen(pool):
    n = len(pool)
    for i in range(n):
        for j in range(i, n):
            yield (pool[i], pool[j])


@_spec("specialize:argtype(0)")
def combinations_with_replacement_r3(iterable):
    return _cwr_r3_gen(list(iterable))


@_spec("specialize:argtype(0)")
def _cwr_r3_gen(pool):
    n = len(pool)
    for i in range(n):
        for j in range(i, n):
            for k in range(j, n):
                yield (pool[i], pool[j], pool[k])


@_spec("specialize:argtype(0)")
def combinations_with_replacement_var(iterable, r):
    pool = list(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _cwr_of(pool, r)


@_spec("specialize:argtype(0)")
def _cwr_of(pool, r):
    n = len(pool)
    if n == 0 and r > 0:
        return
    chosen = [0] * r
    while True:
        yield tuple([pool[i] for i in chosen])
        i = r - 1
        while i >= 0 and chosen[i] == n - 1:
            i -= 1
        if i < 0:
            return
        v = chosen[i] + 1
        for j in range(i, r):
            chosen[j] = v


# An itertools.count made while the program was imported (_ids = itertools.count(1) at module or
# class level) and used by translated code: this object stands in its place, going on from the
# value the import-time counter would have given next (annotate: prebuilt_count).
class PrebuiltCount(object):
    def __init__(self, n, step):
        self.n = n
        self.step = step

    def __iter__(self):
        return self

    def __next__(self):
        v = self.n
        self.n = v + self.step
        return v

    def next(self):
        v = self.n
        self.n = v + self.step
        return v


def prebuilt_count(n, step):
    return PrebuiltCount(n, step)


# collections.Counter.elements(): each key repeated as many times as its count (none when the
# count is not positive), in the Counter's order, read as CPython's
# chain.from_iterable(starmap(repeat, self.items())) reads them (lazily).
@_spec("specialize:argtype(0)")
def counter_elements(counter):
    for key, n in counter.items():
        i = 0
        while i < n:
            yield key
            i += 1
