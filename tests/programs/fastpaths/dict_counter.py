# Counter idioms updated with one lookup: d[k] = d.get(k, c) op x and d[k] += x, with the key
# missing or present, int and float values, constant keys, KeyError for a missing key, and the
# insertion order of new keys.
import sys


def count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def main():
    words = "the cat and the hat and the bat sat on the mat".split() + sys.argv[1:]
    c = count(words)
    print(sorted(c.items()), list(c.keys()))
    scores = {}
    step = 2.5
    for i, w in enumerate(words):
        scores[w] = scores.get(w, 0.5) + step
        scores[w] = scores.get(w, 1.0) * 2.0
        scores[w] = scores.get(w, 0.0) - 0.25
    print(list(scores.items()))
    totals = {"a": 1}
    for i in range(10):
        totals["a"] += i
        totals["b"] = totals.get("b", 100) - i
    print(totals)
    ints = {}
    for i in range(20):
        k = i % 4
        ints[k] = ints.get(k, 7) * 3
        ints[k] -= 1
    print(ints)
    mixed = {}
    for w in words:
        mixed[w] = mixed.get(w, 0) + 1.5   # int default into float values
    print(mixed)
    d = {"x": 1}
    k = "y"
    try:
        d[k] += 1
    except KeyError as e:
        print("KeyError", e)
    print(d)
    big = {}
    for i in range(1000):
        key = "k%d" % (i % 37)
        big[key] = big.get(key, 0) + i
    print(len(big), big["k0"], big["k36"], list(big)[:5])


if __name__ == '__main__':
    main()
