# Defaults of nested functions and lambdas that are not constants: evaluated when the def or
# lambda runs (once per closure made) and held with that closure (the late-binding fix).
import functools


def make(n):
    def f(x, k=n * 2):
        return x + k
    return f


def labels(prefix):
    def label(x, sep=prefix + ":", *, upper=len(prefix) > 2):
        s = sep + str(x)
        return s.upper() if upper else s
    return label


def counter():
    calls = []

    def note(v, into=calls):  # the default is the list object itself
        into.append(v)
        return len(into)
    return note, calls


def effects():
    order = []

    def val(name, v):
        order.append(name)
        return v
    g = lambda a=val("a", 1), b=val("b", 2): a * 10 + b
    order.append("made")
    print(g(), g(5), g(b=7), order)


class Box:
    def __init__(self, k):
        self.cb = lambda x, k=k * 3: x + k  # held in an attribute, called through it


def main():
    b = Box(2)
    print(b.cb(1), b.cb(1, 1))
    ks = [1, 2]
    print(list(map(lambda x, m=ks[1]: x * m, [1, 2, 3])))
    print(list(filter(lambda x, lim=len(ks): x > lim, [1, 2, 3, 4])))
    d = {n: (lambda v, n=n: v + n) for n in range(3)}
    print([d[n](100) for n in sorted(d)])
    kf = lambda v, k=len(ks): (v * k) % 5
    neg = ks[0] - 2
    print(sorted([3, 1, 2], key=kf), max([3, 1, 2], key=kf), sorted([2, 1, 3], key=lambda v, t=neg: v * t))
    cells, values = [], []
    for j in range(3):
        cells.append(lambda: j)  # j's cell: its last value
        values.append(lambda j=j: j * 10)  # its value now
    print([f() for f in cells], [f() for f in values])
    fs = [lambda x, i=i: x + i for i in range(3)]
    print([f(10) for f in fs])
    late = [lambda x: x + i for i in range(3)]
    print([f(10) for f in late])
    g = make(5)
    h = make(-1)
    print(g(1), g(1, 2), h(1), g(x=3), g(k=0, x=3))
    adders = []
    for j in range(4):
        adders.append(lambda x, j=j: x * j)
    j = 100
    print([a(7) for a in adders], j)
    lab = labels("ab")
    lab2 = labels("abc")
    print(lab(1), lab(2, "-"), lab2(3), lab2(4, upper=False))
    note, calls = counter()
    print(note(1), note(2), note(3, []), calls)
    effects()
    scaled = [functools.reduce(lambda acc, v, m=m: acc + v * m, [1, 2, 3], 0) for m in (1, 10)]
    print(scaled)
    names = ["x", "yy", "zzz"]
    by_len = {}
    for w in names:
        by_len[w] = lambda s=w, n=len(w): s * n
    print(sorted((k, f()) for k, f in by_len.items()))
    maybe = fs[1] if len(names) > 2 else None
    if maybe is not None:
        print(maybe(100))


main()
