# collections.defaultdict in translated code: builtin factories and functions of no arguments.
from collections import defaultdict


def zero_pair():
    return [0, 0]


def main():
    counts = defaultdict(int)
    for w in "the cat and the dog and the bird".split():
        counts[w] += 1
    print(counts)
    print(counts["fish"], len(counts), "fish" in counts, "cow" in counts)
    groups = defaultdict(list)
    for i in range(10):
        groups[i % 3].append(i)
    print(groups, len(groups))
    print(sorted(groups.items()))
    total = defaultdict(float)
    total["a"] += 1.5
    total["b"] -= 2.0
    print(total)
    seen = defaultdict(set)
    for a, b in [(1, 2), (1, 3), (2, 1), (1, 2)]:
        seen[a].add(b)
    print(sorted((k, sorted(v)) for k, v in seen.items()))
    names = defaultdict(str)
    names[1] += "x"
    names[2]
    print(names)
    pairs = defaultdict(zero_pair)
    pairs["p"][1] += 5
    pairs["q"][0] -= 1
    print(sorted(pairs.items()))
    nested = defaultdict(dict)
    nested["x"]["y"] = 1
    print(nested)
    c = counts.copy()
    c["new"] += 10
    print(c["new"], counts["new"], len(c))
    lam = defaultdict(lambda: -1)
    lam[3] = 4
    print(lam[3], lam[5], sorted(lam.items()))


if __name__ == "__main__":
    main()
