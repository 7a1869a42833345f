# collections.OrderedDict in translated code: insertion order, move_to_end, popitem(last=...),
# order-sensitive == between OrderedDicts (not with a dict), its repr, copies and prebuilt ones.
from collections import OrderedDict

TABLE = OrderedDict([("zero", 0), ("one", 1)])
TABLE["two"] = 2


def build(words):
    d = OrderedDict()
    for w in words:
        d[w] = d.get(w, 0) + len(w)
    return d


def main():
    d = build("the quick brown fox jumps over the lazy dog".split())
    print(d)
    print(list(d), list(d.values()), len(d), "fox" in d)
    d.move_to_end("the")
    d.move_to_end("lazy", last=False)
    d.move_to_end("dog", False)
    print(list(d.keys()))
    print(d.popitem(), d.popitem(last=False), d.popitem(True))
    print(d)
    try:
        d.move_to_end("cat")
    except KeyError as e:
        print("KeyError", e)
    a = OrderedDict([(1, "a"), (2, "b")])
    b = OrderedDict([(2, "b"), (1, "a")])
    print(a == b, a != b, a == OrderedDict({1: "a", 2: "b"}), dict(a) == dict(b))
    c = a.copy()
    c[3] = "c"
    del c[1]
    print(a, c, str(c))
    e = OrderedDict()
    print(e, repr(e))
    try:
        e.popitem()
    except KeyError as err:
        print("KeyError", err)
    try:
        e.popitem(last=False)
    except KeyError as err:
        print("KeyError", err)
    for k, v in TABLE.items():
        print(k, v)
    TABLE.move_to_end("zero")
    print(TABLE, sorted(TABLE), [k for k in TABLE])
    pairs = OrderedDict((str(i), i * i) for i in range(4))
    pairs.setdefault("9", 81)
    pairs.update({"1": -1})
    print(pairs, pairs.pop("0"), max(pairs.values()))
    nested = OrderedDict([("x", [1, 2]), ("y", [])])
    nested["y"].append(3)
    print(nested, [nested])


main()
