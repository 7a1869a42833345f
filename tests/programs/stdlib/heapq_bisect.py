# heapq and bisect in translated code: CPython's element order, ties included.
import heapq
import bisect


def main():
    h = []
    for x in [5, 3, 8, 1, 9, 2, 7, 3, 3, 0]:
        heapq.heappush(h, x)
    print(h)
    out = []
    while h:
        out.append(heapq.heappop(h))
    print(out)
    # tuples with equal priorities: the heap's layout and pop order are CPython's
    pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y"), (3, "c"), (1, "x"), (2, "a")]
    heapq.heapify(pairs)
    print(pairs)
    print(heapq.heappushpop(pairs, (0, "q")), heapq.heapreplace(pairs, (5, "e")))
    print(pairs)
    order = []
    while pairs:
        order.append(heapq.heappop(pairs))
    print(order)
    fl = [3.5, -1.0, 2.25, 9.0, 0.5]
    heapq.heapify(fl)
    print(fl, heapq.nsmallest(3, fl), heapq.nlargest(2, fl))
    words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
    print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len))
    print(heapq.nsmallest(0, words), heapq.nlargest(10, words))
    try:
        heapq.heappop([0][:0])
    except IndexError as e:
        print("IndexError", e)
    # Dijkstra on a small graph
    edges = {0: [(1, 4), (2, 1)], 1: [(3, 1)], 2: [(1, 2), (3, 5)], 3: []}
    dist = {0: 0}
    q = [(0, 0)]
    while q:
        d, u = heapq.heappop(q)
        if d > dist.get(u, 1 << 60):
            continue
        for v, w in edges[u]:
            nd = d + w
            if nd < dist.get(v, 1 << 60):
                dist[v] = nd
                heapq.heappush(q, (nd, v))
    print(sorted(dist.items()))

    a = [1, 2, 2, 2, 5, 7, 7, 9]
    print([bisect.bisect_left(a, x) for x in [0, 2, 3, 7, 10]])
    print([bisect.bisect_right(a, x) for x in [0, 2, 3, 7, 10]])
    print(bisect.bisect(a, 2), bisect.bisect_left(a, 7, 2, 5), bisect.bisect_right(a, 2, 0, 3))
    bisect.insort(a, 4)
    bisect.insort_left(a, 2)
    bisect.insort_right(a, 8)
    print(a)
    recs = [(1, "a"), (3, "b"), (3, "c"), (6, "d")]
    print(bisect.bisect_left(recs, 3, key=lambda r: r[0]), bisect.bisect_right(recs, 3, key=lambda r: r[0]))
    bisect.insort(recs, (3, "z"), key=lambda r: r[0])
    print(recs)
    fs = [0.5, 1.5, 2.5]
    print(bisect.bisect(fs, 1.5), bisect.bisect_left(fs, 1.5))
    try:
        bisect.bisect_left(a, 1, -1)
    except ValueError as e:
        print("ValueError", e)


if __name__ == "__main__":
    main()
