# zip(), enumerate(), any() and all() pull an iterator argument (a generator) one item per step,
# as Python does: the generator's effects interleave with the loop body's, zip stops at the
# shortest argument (the generator's next item is taken once, then dropped, when a later partner
# runs out; not at all when an earlier one does), any/all stop at the deciding item, and an
# infinite generator (itertools.count(), `while True: yield`) is fine.
import itertools

log = []


def tr(tag, v):
    log.append(tag)
    return v


def f(x):
    print("f", x)
    return x * 2


def g(xs):
    for x in xs:
        print("g", x)
        yield x > 0


def naturals():
    n = 0
    while True:
        print("nat", n)
        yield n
        n += 1


def main():
    print(list(zip((f(x) for x in [1, 2, 3]), [10])))
    for i, v in enumerate(f(x) for x in [1, 2, 3]):
        print("body", i, v)
    for i, v in enumerate((f(x) for x in [4, 5]), 10):
        print("body", i, v)
    for i, v in enumerate(naturals(), start=1):
        print("count", i, v)
        if i == 3:
            break
    for a, b in zip((f(x) for x in [1, 2]), "ab"):
        print("zip", a, b)
    for a, b, c in zip(naturals(), itertools.count(5), "xyz"):
        print("three", a, b, c)
    h = (tr('h%d' % x, x) for x in range(5))
    for a, b in zip(h, 'ab'):
        print(a, b)
    print(list(h))
    k = (tr('k%d' % x, x) for x in range(5))
    for a, b in zip('ab', k):
        print(a, b)
    print(next(k, -1))
    print(' '.join(log))
    print(any(g([1, 2, 3])))
    print(all(g([1, 0, 3])))
    print(any(g([0, 0])), all(g([])))
    z = zip(naturals(), [7, 8])
    print("made")
    print(list(z))
    e = enumerate(x for x in "pq")
    print(next(e))
    print(list(e))
    print(dict(zip((f(x) for x in [1, 2]), "cd")))
    print(list(zip(g([2]))))


main()
