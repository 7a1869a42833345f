"""rpy's heapq: the binary min-heap of Python's heapq module, written for translated code.

The functions compare items with `<` only and move them in the order CPython's heapq does, so a
heap of tuples with equal first items comes out in CPython's order. Each function is specialised
per argument type (one copy per list type), as RPython's specialize.argtype does. The module is
found after the program's own modules (lib/std is on rpy's search path only; under CPython the
standard heapq is used)."""


from _rpy_spec import spec as _spec


@_spec("specialize:argtype(0)")
def _siftdown(heap, startpos, pos):
    # Move the item at pos up towards startpos while it is smaller than its parent.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


@_spec("specialize:argtype(0)")
def _siftup(heap, pos):
    # Walk the smaller child down to a leaf, then sift the item up from there.
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


@_spec("specialize:argtype(0, 1)")
def heappush(heap, item):
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


@_spec("specialize:argtype(0)")
def heappop(heap):
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _siftup(heap, 0)
        return top
    return last


@_spec("specialize:argtype(0, 1)")
def heapreplace(heap, item):
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return top


@_spec("specialize:argtype(0, 1)")
def heappushpop(heap, item):
    if heap and heap[0] < item:
        top = heap[0]
        heap[0] = item
        _siftup(heap, 0)
        return top
    return item


@_spec("specialize:argtype(0)")
def heapify(x):
    i = len(x) // 2 - 1
    while i >= 0:
        _siftup(x, i)
        i -= 1


# nsmallest/nlargest are documented as equal to sorted(iterable, key=key)[:n] (reverse=True for
# nlargest), ties included: CPython's selection keeps the first of equal items first.
@_spec("specialize:arg(1, 2)")
def nsmallest(n, iterable, key=None):
    if n <= 0:
        return [x for x in iterable][:0]
    if key is None:
        return sorted(iterable)[:n]
    return sorted(iterable, key=key)[:n]


@_spec("specialize:arg(1, 2)")
def nlargest(n, iterable, key=None):
    if n <= 0:
        return [x for x in iterable][:0]
    if key is None:
        return sorted(iterable, reverse=True)[:n]
    return sorted(iterable, key=key, reverse=True)[:n]
