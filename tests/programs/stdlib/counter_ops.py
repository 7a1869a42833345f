# collections.Counter in translated code: counting, most_common ties in insertion order, repr.
from collections import Counter


def main():
    c = Counter("abracadabra")
    print(c)
    print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
    print(c["a"], c["z"], "z" in c, len(c))
    words = "one two three two three three four four four four".split()
    w = Counter(words)
    print(w.most_common(3), w.total())
    w.update(["two", "five"])
    w["six"] += 6
    w["one"] -= 1
    print(w)
    print(sorted(w.items()), sorted(w), w.get("seven", -1))
    ties = Counter([3, 1, 2, 1, 2, 3, 9])
    print(ties, ties.most_common(1))
    e = Counter()
    print(e, e.most_common())
    for x in [5, 5, 6]:
        e[x] += 1
    d = e.copy()
    d[7] += 2
    print(e, d)
    del d[5]
    print(d, d[5])


if __name__ == "__main__":
    main()
