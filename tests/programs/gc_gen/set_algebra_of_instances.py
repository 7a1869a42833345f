# --gc=gen (docs/GC.md, step 3h): the set algebra on sets of instances (|, &, -, ^, their in-place
# forms and the methods union(), intersection(), difference(), symmetric_difference() and the
# _update forms, with another set). Each allocates a result or grows a table while it holds both
# sets: the runtime roots every set it holds and reads an operand's table again after each
# insertion. Operands are young when the algebra starts; sets are large enough to resize several
# times; an operand whose evaluation allocates is held in a rooted temporary. Iteration
# order follows addresses: only order-free results are printed. Run under the stress modes and the
# small nurseries (tests/programs/CMakeLists.txt).


class Leaf(object):
    def __init__(self, v):
        self.v = v
        self.pad = [v, v]  # allocates while other leaves are young


class Holder(object):
    def __init__(self, leaves):
        self.leaves = leaves
        self.first = leaves[0]
        self.seen = set()  # an old owner's set, replaced and updated in place later


def values(s):
    out = []
    for x in s:
        out.append(x.v)
    out.sort()
    return out


def total(s):
    t = 0
    for x in s:
        t += x.v
    return t


def make_leaves(n, base):
    out = []
    for i in range(n):
        out.append(Leaf(base + i))
    return out


def set_of(leaves, lo, hi):
    s = set()
    for i in range(lo, hi):
        s.add(leaves[i])
    return s


def fresh_set(leaves, lo, hi):
    # allocates while the caller holds another set: that one must be rooted across the call
    junk = make_leaves(30, 1000)
    s = set_of(leaves, lo, hi)
    s.add(junk[0])
    return s


def main():
    leaves = make_leaves(300, 0)
    a = set_of(leaves, 0, 200)
    b = set_of(leaves, 100, 300)
    u = a | b
    i = a & b
    d = a - b
    x = a ^ b
    print(len(u), len(i), len(d), len(x))
    print(total(u), total(i), total(d), total(x))
    print(values(i)[:5], values(d)[-3:], values(x)[98:102])

    # an operand that allocates, evaluated after the set it is combined with
    u2 = a | fresh_set(leaves, 250, 300)
    i2 = b & fresh_set(leaves, 0, 150)
    print(len(u2), len(i2), total(i2))
    print(len(a.union(fresh_set(leaves, 0, 10))), len(a.difference(fresh_set(leaves, 0, 190))))
    print(len(a.intersection(b)), len(b.symmetric_difference(a)), total(b.difference(a)))

    # a small set against a large one: the intersection first (difference_update's shortcut)
    small = set_of(leaves, 0, 3)
    big = set_of(leaves, 0, 300)
    small -= big
    print(len(small), len(big - set_of(leaves, 0, 299)))

    # in place: the left operand is an old owner's set, given young leaves
    h = Holder(make_leaves(50, 500))
    for lf in h.leaves:
        h.seen.add(lf)
    young = make_leaves(40, 700)
    ys = set_of(young, 0, 40)
    h.seen |= ys
    print(len(h.seen), total(h.seen))
    h.seen ^= set_of(young, 20, 40) | set_of(h.leaves, 0, 5)
    print(len(h.seen), total(h.seen))
    h.seen &= set_of(young, 0, 30) | set_of(h.leaves, 0, 45)
    print(len(h.seen), total(h.seen))
    h.seen -= set_of(young, 0, 10)
    print(len(h.seen), total(h.seen))
    h.seen.intersection_update(fresh_set(h.leaves, 10, 50))
    h.seen.difference_update(set_of(h.leaves, 40, 50))
    h.seen.symmetric_difference_update(set_of(young, 0, 3))
    print(len(h.seen), total(h.seen))

    # the same set on both sides
    same = set_of(leaves, 0, 20)
    print(len(same | same), len(same & same), len(same - same), len(same ^ same))
    same ^= same
    print(len(same))

    # frozensets and tuples holding instances
    fa = frozenset(set_of(leaves, 0, 50))
    fb = frozenset(set_of(leaves, 25, 75))
    print(len(fa | fb), len(fa & fb), len(fa - fb), len(fa ^ fb))
    ta = set()
    tb = set()
    for k in range(60):
        ta.add((k % 5, leaves[k]))
        tb.add((k % 5, leaves[k + 30]))
    print(len(ta | tb), len(ta & tb), len(ta - tb), len(ta ^ tb))


main()
