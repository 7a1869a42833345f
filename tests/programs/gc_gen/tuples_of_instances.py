# --gc=gen (docs/GC.md, step 3d): tuples holding instances, held by value where C++ keeps them:
# locals and parameters (each instance item rooted), the items of a list of such tuples (traced
# in place: nbody's pairs of bodies), an instance's field (its items in the class's descriptor,
# the field stored with the write barrier), nested tuples, tuples with numbers among the
# instances; made while other items allocate, unpacked, indexed, returned, popped. Run under
# the stress modes and the small nursery (tests/programs/CMakeLists.txt).


class Body(object):
    def __init__(self, name, mass):
        self.name = name
        self.mass = mass
        self.v = 0


class Link(object):
    def __init__(self, a, b):
        self.both = (a, b)
        self.tagged = ((a, 1), b.mass)


def pair(i):
    return (Body(i, i * 3), Body(i + 1, i * 5))


def weigh(t, extra):
    # the tuple parameter is rooted: the allocation below may move its items
    b = Body(extra, extra)
    return t[0].mass + t[1].mass + b.mass


def make_pairs(n):
    pairs = []
    for i in range(n):
        pairs.append((Body(i, i), Body(i * 2, i + 7)))
        if i % 3 == 0:
            pairs.append(pair(i))
    return pairs


def advance(pairs, steps):
    for _ in range(steps):
        for (b1, b2) in pairs:
            d = b1.mass - b2.mass
            b1.v += d
            b2.v -= d
            junk = Body(d, d)  # garbage between the reads keeps the collector busy
            b1.v += junk.mass - d


def links(n):
    old = Link(Body(-1, 1), Body(-2, 2))
    out = []
    total = 0
    for i in range(n):
        # an old Link given a tuple of young bodies: the write barrier must remember it
        old.both = (Body(i, i), Body(i, i * 2))
        lk = Link(Body(i, 10 + i), Body(i, 20 + i))
        out.append(lk)
        a, b = old.both
        (c, k), m = lk.tagged
        total += a.mass + b.mass + c.mass * k + m
    for lk in out:
        total += lk.both[0].mass - lk.both[1].mass
    return total


def displays(n):
    xs = [(Body(1, 1), 1), (Body(2, 2), 2)]
    for i in range(n):
        xs.append((Body(i, i), i))
        xs[i % len(xs)] = (Body(i, i * 7), -i)
    total = 0
    while len(xs) > 3:
        b, k = xs.pop()
        total += b.mass * k
    first = xs.pop(0)
    return total + first[0].mass + first[1] + len(xs)


def main():
    pairs = make_pairs(40)
    print(len(pairs))
    advance(pairs, 30)
    s = 0
    for (b1, b2) in pairs:
        s += b1.v * 3 + b2.v
    print(s)
    t = pair(4)
    x, y = t
    print(x.name, y.name, weigh(t, 9), weigh(pair(7), 1))
    print(links(300))
    print(displays(500))


main()
