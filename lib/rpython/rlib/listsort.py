"""rpy's version of rpython.rlib.listsort: make_timsort_class builds a
sorting class over any list-like object, given how to get, set and count its
items and how to compare two of them.

The sort is stable: insertion sort on short runs, then bottom-up merges (not
CPython's full TimSort, but the same results, since a stable sort's result is
unique).  Subclasses usually override lt(a, b)."""


from rpython.rlib.objectmodel import specialize

@specialize.argtype(0)
def _default_getitem(list, item):
    return list[item]


@specialize.argtype(0)
def _default_setitem(list, item, value):
    list[item] = value


@specialize.argtype(0)
def _default_length(list):
    return len(list)


@specialize.argtype(0)
def _default_getitem_slice(list, start, stop):
    return list[start:stop]


@specialize.argtype(0)
def _default_lt(a, b):
    return a < b


RUN = 32


def make_timsort_class(getitem=None, setitem=None, length=None,
                       getitem_slice=None, lt=None, base_class=object):
    if getitem is None:
        getitem = _default_getitem
    if setitem is None:
        setitem = _default_setitem
    if length is None:
        length = _default_length
    if getitem_slice is None:
        getitem_slice = _default_getitem_slice
    if lt is None:
        lt = _default_lt
    compare = lt

    class TimSort(base_class):
        """Sorts self.list in place with self.lt, stably."""

        def __init__(self, list, listlength=-1):
            self.list = list
            if listlength < 0:
                listlength = length(list)
            self.listlength = listlength

        def lt(self, a, b):
            return compare(a, b)

        def le(self, a, b):
            return not self.lt(b, a)

        def _insertion_sort(self, lo, hi):
            # sort list[lo:hi]; an item moves left only past strictly greater ones
            for i in range(lo + 1, hi):
                pivot = getitem(self.list, i)
                j = i
                while j > lo and self.lt(pivot, getitem(self.list, j - 1)):
                    setitem(self.list, j, getitem(self.list, j - 1))
                    j -= 1
                setitem(self.list, j, pivot)

        def _merge(self, lo, mid, hi):
            # merge the sorted runs list[lo:mid] and list[mid:hi]
            left = getitem_slice(self.list, lo, mid)
            nleft = mid - lo
            i = 0
            j = mid
            k = lo
            while i < nleft and j < hi:
                right_item = getitem(self.list, j)
                if self.lt(right_item, left[i]):
                    setitem(self.list, k, right_item)
                    j += 1
                else:
                    setitem(self.list, k, left[i])
                    i += 1
                k += 1
            while i < nleft:
                setitem(self.list, k, left[i])
                i += 1
                k += 1

        def sort(self):
            n = self.listlength
            lo = 0
            while lo < n:
                hi = lo + RUN
                if hi > n:
                    hi = n
                self._insertion_sort(lo, hi)
                lo = hi
            width = RUN
            while width < n:
                lo = 0
                while lo + width < n:
                    mid = lo + width
                    hi = mid + width
                    if hi > n:
                        hi = n
                    self._merge(lo, mid, hi)
                    lo = hi
                width *= 2

    return TimSort


TimSort = make_timsort_class()
