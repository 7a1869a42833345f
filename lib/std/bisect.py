"""rpy's bisect: binary search in a sorted list, with the comparisons of Python's bisect module
(`x < a[mid]` for the right variants, `a[mid] < x` for the left ones) and its key= (Python 3.10).

hi=-1 means len(a), as in CPython's C version; key is an ordinary last parameter. Each function
is specialised per list type and per key function."""


from _rpy_spec import spec as _spec


@_spec("specialize:arg(0, 1, 4)")
def bisect_right(a, x, lo=0, hi=-1, key=None):
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi == -1:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if key is None:
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
        else:
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


@_spec("specialize:arg(0, 1, 4)")
def bisect_left(a, x, lo=0, hi=-1, key=None):
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi == -1:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if key is None:
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        else:
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


@_spec("specialize:arg(0, 1, 4)")
def insort_right(a, x, lo=0, hi=-1, key=None):
    if key is None:
        lo = bisect_right(a, x, lo, hi)
    else:
        lo = bisect_right(a, key(x), lo, hi, key)
    a.insert(lo, x)


@_spec("specialize:arg(0, 1, 4)")
def insort_left(a, x, lo=0, hi=-1, key=None):
    if key is None:
        lo = bisect_left(a, x, lo, hi)
    else:
        lo = bisect_left(a, key(x), lo, hi, key)
    a.insert(lo, x)


bisect = bisect_right
insort = insort_right
