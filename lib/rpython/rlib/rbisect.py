"""rpy's rbisect: binary search in a sorted list (RPython's rbisect).

bisect_left(a, x, hi) is the first index i <= hi with a[i] >= x,
bisect_right(a, x, hi) the first with a[i] > x, searching a[:hi]; hi may be
left out (-1: all of a), and bisect(a, x), the older name, is bisect_right
over all of a."""


def bisect_left(a, x, hi=-1):
    if hi < 0:
        hi = len(a)
    lo = 0
    while lo < hi:
        mid = (lo + hi) >> 1
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(a, x, hi=-1):
    if hi < 0:
        hi = len(a)
    lo = 0
    while lo < hi:
        mid = (lo + hi) >> 1
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect(a, x):
    return bisect_right(a, x)
