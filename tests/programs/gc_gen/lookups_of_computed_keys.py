# --gc=gen (docs/GC.md, step 3h): the key of a lookup in a set or dict keyed by instances (`k in s`,
# `d[k]`, `d.get(k)`, `del d[k]`) may be any expression whose evaluation cannot collect (a list
# item, a field, a field's list item, a tuple of them): C++ may read the table before the key, and
# nothing can move it meanwhile. Keys that allocate are still refused
# (tests/errors/gc_gen/computed_key.py). Only order-free results are printed. Run under the stress
# modes and the small nurseries (tests/programs/CMakeLists.txt).


class Leaf(object):
    def __init__(self, v):
        self.v = v
        self.pad = [v, v]  # allocates while other leaves are young


class Holder(object):
    def __init__(self, leaves):
        self.leaves = leaves
        self.first = leaves[0]
        self.pair = (1, leaves[1])


def make_leaves(n, base):
    out = []
    for i in range(n):
        out.append(Leaf(base + i))
    return out


def main():
    h = Holder(make_leaves(50, 500))
    keep = [Leaf(1), Leaf(2)]
    s = set()
    s.add(keep[0])
    s.add(h.first)
    churn = make_leaves(200, 0)
    print(keep[0] in s, keep[1] in s, h.first in s, h.leaves[0] in s, h.leaves[1] in s, len(churn))
    counts = {}
    counts[keep[1]] = 5
    print(counts[keep[1]], keep[0] in counts, counts.get(keep[1], 0), counts.get(h.leaves[2], -1))
    del counts[keep[1]]
    print(len(counts))

    pairs = set()
    pairs.add(h.pair)
    more = make_leaves(100, 0)
    print(h.pair in pairs, (1, h.leaves[1]) in pairs, (2, h.leaves[1]) in pairs, (1, more[0]) in pairs)
    firsts = {}
    for i in range(10):
        firsts[h.leaves[i]] = i
    more = make_leaves(100, 0)
    total = 0
    for i in range(20):
        total += firsts.get(h.leaves[i], 100)
        if h.leaves[i] in firsts:
            total += firsts[h.leaves[i]]
    print(total, len(more))


main()
