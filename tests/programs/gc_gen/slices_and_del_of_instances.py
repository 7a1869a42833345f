# --gc=gen: slice assignment and del on lists of instances (l[a:b] = v, l[a:b:c] = v, del l[a:b],
# del l[a:b:c], del l[i]), l.extend(v), and s.union(xs) with a list of instances. They were refused ("this
# statement on a list of instances", "this call returning a set of instances"). A slice
# assignment may grow the list while it holds both lists (rpy::gen_list_setslice roots them); the
# others move items inside an array that may be old (the barrier remembers the whole array) and
# null the items the list no longer holds. The value is often a fresh display (it allocates after
# the target is read: the target is held in a rooted temporary). Run under the stress modes and the
# small nurseries.


class P(object):
    def __init__(self, x):
        self.x = x
        self.pad = [x]  # allocates while the instance is young


def xs(l):
    return [p.x for p in l]


def make(n, base):
    return [P(base + i) for i in range(n)]


def main():
    ps = make(5, 0)
    ps[1:3] = [P(9)]
    del ps[0:1]
    print(xs(ps))
    # grow by a slice assignment, many times: the list's array moves while the value is young
    big = make(10, 100)
    for r in range(30):
        big[r % 7 : r % 7 + 2] = make(5, 1000 * r)
    print(len(big), sum(xs(big)), xs(big)[:12])
    # the list assigned into itself, growing and shrinking
    a = make(6, 0)
    a[2:4] = a
    print(xs(a))
    a[1:] = a[:3]
    print(xs(a))
    a[:] = []
    print(xs(a), len(a))
    # extended slices
    b = make(10, 0)
    b[::2] = make(5, 50)
    print(xs(b))
    b[1::3] = [P(-1), P(-2), P(-3)]
    print(xs(b))
    del b[::3]
    print(xs(b))
    del b[-1]
    del b[0]
    del b[2]
    print(xs(b))
    # a long list: deletions move items across its cards
    c = make(5000, 0)
    for r in range(50):
        del c[r * 7 : r * 7 + 3]
        c[r * 5] = P(-r)
        c.append(P(10000 + r))
        junk = make(20, 0)
    print(len(c), sum(xs(c)), xs(c)[:10], xs(c)[-3:])
    del c[100:]
    c[50:60] = make(200, 7)
    print(len(c), sum(xs(c)))
    # extend: with a fresh display, with itself, with a long list (grows while both are young)
    e = make(3, 0)
    e.extend([P(7), P(8)])
    e.extend(e)
    print(xs(e))
    for r in range(20):
        e.extend(make(r, 100 * r))
    print(len(e), sum(xs(e)))
    # s.union(list)
    s = set()
    keep = make(40, 0)
    for p in keep[:10]:
        s.add(p)
    u = s.union(keep[5:30])
    print(len(s), len(u), sum([p.x for p in u]))
    f = frozenset(keep[:3])
    g = f.union([P(500), P(501)])
    print(len(f), len(g), sum([p.x for p in g]), isinstance(g, frozenset))
    h = s.union(keep[:0])
    print(len(h), h is s)


main()
