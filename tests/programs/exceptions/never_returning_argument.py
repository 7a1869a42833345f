# A call of a library function whose argument always raises (its function never returns): the
# operands before it run, the call is never made, and the exception propagates as in Python.
import bisect
import heapq


def fail(tag):
    print("fail", tag)
    assert (-10) == 3
    return 0


def tr(tag):
    print("tr", tag)
    return [1, 5, 9]


def calls(n):
    try:
        print(bisect.bisect_right(tr("a"), fail("b") % 101))
    except AssertionError:
        print("caught 1")
    try:
        heap = [3, 1]
        heapq.heappush(heap, fail("c") + n)
    except AssertionError:
        print("caught 2")
    try:
        print(bisect.bisect_left(tr("d"), n), len([fail("e")]))
    except AssertionError:
        print("caught 3")
    return n


print(calls(4))
