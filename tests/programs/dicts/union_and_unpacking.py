# Python 3.9's d1 | d2 and d1 |= d2, and {**d} displays (Python 3.5): a new dict, later keys win,
# every part evaluated left to right.
order = []


def key(tag):
    order.append(tag)
    return tag


def value(tag, v):
    order.append(tag)
    return v


def mapping(tag, d):
    order.append(tag)
    return d


def main():
    a = {"a": 1, "b": 2}
    b = {"b": 3, "c": 4}
    c = a | b
    print(c, a, b, c is a)
    alias = a
    a |= b
    print(a, alias is a, alias)
    base = {"x": 0}
    merged = {**base}
    merged["y"] = 1
    print(base, merged)
    print({"first": -1, **base, "x": 5, **b, "last": 9})
    print({**{}, **base})
    d = {key("k1"): value("v1", 1), **mapping("m", {"k2": 2}), key("k3"): value("v3", 3)}
    print(d, order)
    counts = {}
    for word in "a b a c b a".split():
        counts |= {word: counts.get(word, 0) + 1}
    print(counts)
    nested = {1: [1], 2: [2]} | {2: [20, 21]}
    print(nested, len(nested[2]))


main()
