"""math's functions over iterables, written for translated code.

src/annotate/replacement_rules.cpp puts these in the place of math.fsum, math.prod, math.isclose
and math.lcm at each call in translated code (the import-time evaluator runs its own), one copy
per argument types as RPython's specialize.argtype makes. Each gives the module's result exactly: fsum is Shewchuk's exact summation with the module's handling of
infinities, NaN and intermediate overflow; prod multiplies from `start` in order, so ints stay
ints and a float anywhere makes the rest floats, as in Python.
"""

import math


from _rpy_spec import spec as _spec


@_spec("specialize:argtype(0)")
def fsum(iterable):
    partials = []  # non-overlapping, increasing magnitude: their exact sum is the sum so far
    special = 0.0  # the sum of the infinities and NaNs met
    inf_sum = 0.0  # the sum of the infinities met
    for item in iterable:
        x = float(item)
        given = x
        kept = []
        for y in partials:
            if abs(x) < abs(y):
                x, y = y, x
            hi = x + y
            lo = y - (hi - x)
            if lo != 0.0:
                kept.append(lo)
            x = hi
        partials = kept
        if x != 0.0:
            if math.isinf(x) or math.isnan(x):
                if not (math.isinf(given) or math.isnan(given)):
                    raise OverflowError("intermediate overflow in fsum")
                if math.isinf(given):
                    inf_sum += given
                special += given
                partials = []
            else:
                partials.append(x)
    if special != 0.0:  # true of a NaN too
        if math.isnan(inf_sum):
            raise ValueError("-inf + inf in fsum")
        return special
    n = len(partials)
    if n == 0:
        return 0.0
    n -= 1
    hi = partials[n]
    lo = 0.0
    while n > 0:
        x = hi
        n -= 1
        y = partials[n]
        hi = x + y
        lo = y - (hi - x)
        if lo != 0.0:
            break
    # Round half to even correctly: when the rest of the partials has the sign of lo, the
    # rounding of hi + lo above went the wrong way at a tie.
    if n > 0 and ((lo < 0.0 and partials[n - 1] < 0.0) or (lo > 0.0 and partials[n - 1] > 0.0)):
        y = lo * 2.0
        x = hi + y
        if y == x - hi:
            hi = x
    return hi


@_spec("specialize:argtype(0, 1)")
def prod(iterable, start=1):
    acc = start
    for x in iterable:
        acc = acc * x
    return acc


@_spec("specialize:argtype(0, 1, 2, 3)")
def isclose(a, b, rel_tol=1e-09, abs_tol=0.0):
    x = float(a)
    y = float(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if x == y:
        return True
    if math.isinf(x) or math.isinf(y):
        return False
    diff = abs(y - x)
    return diff <= abs(rel_tol * y) or diff <= abs(rel_tol * x) or diff <= abs_tol


def lcm(*integers):
    result = 1
    for n in integers:
        if result == 0 or n == 0:
            result = 0
        else:
            result = abs(result // math.gcd(result, n) * n)
    return result
