# for x in lst keeps lst's length and items in locals only when the body cannot resize lists:
# every way a body can grow or shrink the list it iterates must still be seen.
import math

log = []


class Grower(object):
    def __init__(self, items):
        self.items = items

    @property
    def more(self):
        self.items.append(len(self.items))
        return 1


class Vec(object):
    def __init__(self, x, sink):
        self.x = x
        self.sink = sink

    def add(self, other):
        self.sink.append(Vec(0.0, self.sink))
        return Vec(self.x + other.x, self.sink)


def grow(l):
    if len(l) < 8:
        l.append(len(l) * 10)


def main():
    a = [1, 2, 3]
    for x in a:          # the body appends: the loop sees the new items
        if x < 6:
            a.append(x + 3)
    print(a)
    b = [1, 2, 3]
    for x in b:          # through a call
        grow(b)
    print(b)
    c = [1, 2, 3, 4, 5, 6]
    for x in c:          # del shrinks it
        if len(c) > 3:
            del c[0]
        log.append(x)
    print(c, log)
    d = [1, 2]
    for x in d:          # += extends it
        if len(d) < 6:
            d += [x * 2]
    print(d)
    e = [1, 2, 3]
    for x in e:          # slice assignment
        if len(e) < 7:
            e[0:1] = [9, 9]
    print(e)
    g = Grower([0, 0])
    for x in g.items:    # a property getter
        if len(g.items) < 5:
            total = g.more
    print(g.items)
    sink = []
    v = Vec(1.0, sink)
    sink.append(v)
    n = 0
    for w in sink:       # a method
        if n < 3:
            v = v.add(w)
        n += 1
    print(len(sink), n, v.x)
    # bodies that keep the list: math, attributes, item stores
    pts = [Vec(float(i), sink) for i in range(6)]
    acc = 0.0
    for p in pts:
        p.x = math.sqrt(p.x * 2.0) + 1.0
        acc += p.x
    print(repr(acc))
    vals = [3, 1, 4, 1, 5, 9, 2, 6]
    m = 0
    for x in vals:
        vals[x % 8] = x + 1
        if x > m:
            m = x
    print(vals, m)
    pairs = [(p, q) for p in pts[:3] for q in pts[3:]]
    dist = 0.0
    for (p, q) in pairs:
        dist += math.fabs(p.x - q.x)
        q.x = q.x * 0.5
    print(repr(dist), [repr(p.x) for p in pts])
    empty = []
    for x in empty:
        print("never")
    try:
        for x in vals:
            if x > 5:
                raise ValueError("big %d" % x)
    except ValueError as ex:
        print(ex)


if __name__ == '__main__':
    main()
