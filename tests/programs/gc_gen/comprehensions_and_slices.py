# --gc=gen (docs/GC.md, step 3h): list, set and dict comprehensions and slices producing lists of
# instances. A comprehension's loop appends to a local of its function (rooted by the function's
# frame) while its items allocate; a slice (with or without a step) roots the list it copies from
# while the new list is allocated (rpy::gen_list_slice), and takes the barrier before it stores
# the items (a large items array is allocated old). Only order-free results are printed for sets.
# Run under the stress modes and the small nurseries (tests/programs/CMakeLists.txt).


class Node(object):
    def __init__(self, n):
        self.n = n
        self.pad = [n, n + 1]  # allocates while other nodes are young


class Box(object):
    def __init__(self, items):
        self.items = items


def total(xs):
    t = 0
    for x in xs:
        t += x.n
    return t


def total_set(xs):
    t = 0
    for x in xs:
        t += x.n
    return t


def lo_bound(k):
    Node(k)  # a bound whose evaluation allocates, after the list it slices
    return k


def main():
    xs = [Node(i) for i in range(100)]
    evens = [x for x in xs if x.n % 2 == 0]
    pairs = [(x.n, x) for x in xs[:10]]
    nested = [[Node(i), Node(i + 1)] for i in range(20)]
    print(len(xs), total(xs), len(evens), total(evens), len(pairs), pairs[3][0], pairs[3][1].n)
    print(len(nested), nested[7][1].n, sum([len(row) for row in nested]))
    ys = xs[:5]
    zs = xs[95:]
    mid = xs[lo_bound(40):lo_bound(45)]
    back = xs[::-1]
    step = xs[10:60:7]
    neg = xs[-3:]
    print(total(ys), total(zs), total(mid), back[0].n, back[99].n, [x.n for x in step], [x.n for x in neg])
    big = [Node(i) for i in range(5000)]  # a large items array, allocated old
    tail = big[4000:]
    every = big[::3]
    print(len(tail), total(tail), len(every), total(every))
    b = Box(xs[20:30])
    more = [Node(i) for i in range(300)]
    print(total(b.items), len(more), total(b.items[2:4]))
    s = {x for x in xs if x.n < 30}
    d = {x.n: x for x in evens}
    byref = {x: x.n for x in xs[:12]}
    churn = [Node(i) for i in range(500)]
    print(len(s), total_set(s), len(d), d[42].n, len(byref), byref[xs[11]], len(churn))
    copy = xs[:]
    copy.reverse()
    print(copy[0].n, xs[0].n, copy is xs)


main()
