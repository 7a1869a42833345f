# key= of sorted/min/max as a bound method: `d.get` over d's own keys (the commonest idiom: the
# key with the largest value), a method of an instance, directly or through a variable.
class Weights:
    def __init__(self, bias):
        self.bias = bias

    def weigh(self, word):
        return (len(word) * self.bias) % 7


def main():
    counts = {}
    for w in "the cat saw the other cat by the door".split():
        counts[w] = counts.get(w, 0) + 1
    print(max(counts, key=counts.get), min(counts, key=counts.get))
    print(sorted(counts, key=counts.get))
    print(sorted(counts, key=counts.get, reverse=True)[:3])
    lengths = {"a": 3.5, "bb": 1.25, "ccc": 2.0}
    print(max(lengths, key=lengths.get), sorted(lengths, key=lengths.get))
    w = Weights(3)
    words = ["pear", "fig", "banana", "kiwi"]
    print(sorted(words, key=w.weigh), max(words, key=w.weigh))
    weigh = w.weigh  # a bound method in a variable (rpy sorted without the key before)
    print(sorted(words, key=weigh), min(words, key=weigh))
    words.sort(key=w.weigh, reverse=True)
    print(words)


main()
